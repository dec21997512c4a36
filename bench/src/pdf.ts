// pnpm bench:pdf: what the PDF step adds to a site build, measured in one run on one machine: the public site
// built without PDFs (STRATEGI_PDF=0), with every PDF printed (empty cache), and again with the cache filled
// (nothing changed), on the real content and on a synthetic corpus. Writes the section «PDF» of BENCHMARKS.md.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate.ts';
import { type Measurement, measureNode } from './measure.ts';

const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 3;
const synthetic = quick ? 100 : 300;
const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const siteFolder = path.join(repo, 'apps', 'site');
const astroBin = path.join(siteFolder, 'node_modules', 'astro', 'bin', 'astro.mjs');
const work = await mkdtemp(path.join(tmpdir(), 'strategi-bench-pdf-'));

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

async function pdfsIn(dist: string): Promise<{ count: number; bytes: number }> {
  const folder = path.join(dist, 'versjoner');
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.pdf'));
  const sizes = await Promise.all(files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size));
  return { count: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

/** One public build of `content`; `pdf` false builds without PDFs, `cache` is the PDF cache folder to use. */
async function build(content: string, pdf: boolean, cache: string): Promise<Measurement> {
  const dist = path.join(work, 'dist');
  await rm(dist, { recursive: true, force: true });
  const result = await measureNode(
    [astroBin, 'build'],
    {
      STRATEGI_CONTENT: content,
      STRATEGI_DIST: dist,
      INIT_CWD: repo,
      STRATEGI_CACHE_DIR: cache,
      STRATEGI_PDF: pdf ? '1' : '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      CHROMIUM_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    },
    siteFolder,
  );
  if (result.exitCode !== 0) throw new Error(`The site build failed for ${content}`);
  return result;
}

/** The median wall time of `runs` builds; `prepare` runs before each (outside the timing). */
async function medianBuild(prepare: () => Promise<void>, run: () => Promise<Measurement>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await prepare();
    times.push((await run()).wallMs);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const corpora: [string, string][] = [['the real content (`content/`)', path.join(repo, 'content')]];
const syntheticRoot = path.join(work, `corpus-${synthetic}`);
// One released version: the public build shows released versions only.
await generateCorpus(syntheticRoot, { measures: synthetic, versions: 1 });
corpora.push([`${synthetic} synthetic measures × 1 released version`, syntheticRoot]);

const rows: string[] = [];
for (const [label, content] of corpora) {
  process.stderr.write(`PDF step: ${label}…\n`);
  const cache = path.join(work, 'cache');
  const none = await medianBuild(
    async () => {},
    () => build(content, false, cache),
  );
  const cold = await medianBuild(
    () => rm(cache, { recursive: true, force: true }),
    () => build(content, true, cache),
  );
  const warm = await medianBuild(
    async () => {},
    () => build(content, true, cache),
  );
  const pdfs = await pdfsIn(path.join(work, 'dist'));
  const added = (value: number) => `${ms(value)} (${value >= none ? '+' : '−'}${ms(Math.abs(value - none))}, ${(value / none).toFixed(2)}×)`;
  rows.push(`| ${label} | ${pdfs.count} | ${pdfs.count ? Math.round(pdfs.bytes / pdfs.count / 1000) : 0} kB | ${ms(none)} | ${added(cold)} | ${added(warm)} |`);
  process.stderr.write(`${rows.at(-1)}\n`);
}
await rm(work, { recursive: true, force: true });

const section = `## PDF

Produced by \`pnpm bench:pdf\`${quick ? ' (`--quick`)' : ''} on ${new Date().toISOString().slice(0, 10)}; the public site built three ways one after the other in the
same run (median of ${runs}): without PDFs (\`STRATEGI_PDF=0\`), with every version's PDF printed by Chromium (empty
PDF cache), and again with nothing changed (every PDF from the cache, keyed by the hash of the whole-document page's
content, its stylesheets and the step's code). Wall time of the whole \`astro build\`, start-up included; the
difference is what the PDF step adds.

| content | PDFs | size per PDF | build without PDF | with PDF, empty cache | with PDF, cache filled |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
const file = path.join(repo, 'BENCHMARKS.md');
const current = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
const start = current.indexOf('\n## PDF\n');
const next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
const updated =
  start === -1 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start).trimEnd()}\n\n${section}${next === -1 ? '' : current.slice(next)}`;
await writeFile(file, updated);
process.stdout.write(section);
