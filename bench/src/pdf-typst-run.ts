// One measured run of the Typst route (pnpm bench:pdf runs it in a child process, for its peak memory): reads the
// content folder, writes the newest released version's whole document as Typst and typesets it to PDF/UA-1.
// Usage: node src/pdf-typst-run.ts <content folder> <out.pdf>; prints the time of each phase as JSON.
import { writeFileSync } from 'node:fs';
import { loadCorpus } from '@strategi/model';
import { editionMarkup, typesetPdf } from './pdf-typst.ts';

const [content, out] = process.argv.slice(2);
if (!content || !out) throw new Error('usage: node src/pdf-typst-run.ts <content folder> <out.pdf>');
const started = performance.now();
const corpus = await loadCorpus(content, { cacheFolder: false });
const loaded = performance.now();
const edition = corpus.versions.filter((version) => version.isPublic).at(-1) ?? corpus.working;
const source = editionMarkup(edition);
const written = performance.now();
const pdf = typesetPdf(source);
const typeset = performance.now();
writeFileSync(out, pdf);
writeFileSync(out.replace(/\.pdf$/, '.typ'), source);
process.stdout.write(
  `${JSON.stringify({ edition: edition.id, loadMs: loaded - started, markupMs: written - loaded, typesetMs: typeset - written, bytes: pdf.byteLength })}\n`,
);
