// pnpm bench:site [--measures N]: only the site builds of `pnpm bench` (bench/src/site-archive.ts), written into
// their section of BENCHMARKS.md; the other sections stay as the last full run wrote them.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { archiveSection, benchArchive } from './site-archive.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const at = process.argv.indexOf('--measures');
const measures = at > 0 ? Number(process.argv[at + 1]) : 1000;
const figures = await benchArchive(path.join(repo, 'bench', 'out'), measures, (line) => process.stderr.write(`${line}\n`));
const section = `${archiveSection(figures).trimEnd()}\n\nProduced by \`pnpm bench:site --measures ${measures}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.\n`;
const file = path.join(repo, 'BENCHMARKS.md');
const previous = await readFile(file, 'utf8');
// Replace the site sections (up to the review server's) with this run's.
const start = previous.search(/\n## Site build/);
const end = previous.search(/\n## Review server under load/);
const next = start < 0 ? `${previous.trimEnd()}\n\n${section}` : `${previous.slice(0, start)}\n${section}${end > start ? previous.slice(end) : ''}`;
await writeFile(file, next);
process.stdout.write(section);
