// pnpm bench [--quick]: generates synthetic corpora and measures validation side by side in one run,
// then writes the figures to BENCHMARKS.md at the repository root.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type CorpusSize, generateCorpus } from './generate.ts';
import { measureNode } from './measure.ts';
import { archiveSection, benchArchive } from './site-archive.ts';
import { benchMemory, memorySection } from './site-memory.ts';
import { benchPeers, peersSection } from './site-peers.ts';
import { benchValidation, type ValidationFigures } from './validation.ts';

const quick = process.argv.includes('--quick');
const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const out = path.join(repo, 'bench', 'out');
const sizes: CorpusSize[] = quick
  ? [
      { measures: 300, versions: 0 },
      { measures: 300, versions: 4 },
    ]
  : [
      { measures: 1000, versions: 0 },
      { measures: 1000, versions: 4 },
      { measures: 10000, versions: 0 },
      { measures: 10000, versions: 4 },
    ];
const runs = quick ? 3 : 3;

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

const rows: string[] = [];
for (const size of sizes) {
  const root = path.join(out, `corpus-${size.measures}-${size.versions + 1}`);
  const label = `${size.measures.toLocaleString('en-US')} measures × ${size.versions + 1} version${size.versions ? 's' : ''}`;
  process.stderr.write(`Generating ${label}…\n`);
  const corpus = await generateCorpus(root, size);
  process.stderr.write(`Measuring ${label} (${corpus.files} files, ${mb(corpus.bytes)})…\n`);
  const figures: ValidationFigures = await benchValidation(root, runs);
  const { floor, cold, warm, oneChanged } = figures;
  rows.push(
    `| ${label} | ${corpus.files.toLocaleString('en-US')} | ${ms(floor.wallMs)} | ${ms(cold.wallMs)} (${ratio(cold.wallMs, floor.wallMs)}) | ${ms(warm.wallMs)} (${ratio(warm.wallMs, floor.wallMs)}) | ${ms(oneChanged.wallMs)} (floor ${oneChanged.wallMs >= floor.wallMs ? '+' : '−'} ${ms(Math.abs(oneChanged.wallMs - floor.wallMs))}) | ${mb(Math.max(cold.peakBytes, warm.peakBytes, oneChanged.peakBytes))} |`,
  );
  process.stderr.write(`${rows.at(-1)}\n`);
}

// The watch re-check: one saved file, the parse cache kept open, on the real content and a synthetic corpus.
const watchScript = new URL('./watch-recheck.ts', import.meta.url).pathname;
const watchRows: string[] = [];
for (const [label, folder] of [
  ['the real content (`content/`)', path.join(repo, 'content')],
  [`${sizes[0]!.measures.toLocaleString('en-US')} synthetic measures × 1 version`, path.join(out, `corpus-${sizes[0]!.measures}-1`)],
] as const) {
  const result = JSON.parse((await measureNode([watchScript, folder, '7'])).stdout) as { firstMs: number; recheckMs: number };
  watchRows.push(`| ${label} | ${ms(result.firstMs)} | ${ms(result.recheckMs)} |`);
}

// Site builds as `pnpm build` runs them: cold against bare Astro and Starlight, interleaved, with the preview after
// one changed file; then incremental publishing with the cache.
const siteMeasures = quick ? 100 : 1000;
const peers = process.argv.includes('--no-site') ? undefined : await benchPeers(out, siteMeasures, quick ? 1 : 2, (line) => process.stderr.write(`${line}\n`));
const archive = process.argv.includes('--no-site') ? undefined : await benchArchive(out, siteMeasures, (line) => process.stderr.write(`${line}\n`));
// Peak memory of a cold build at 10,000 measures × 5 versions: long, so not in a quick run.
const memory =
  quick || process.argv.includes('--no-site') || process.argv.includes('--no-memory')
    ? undefined
    : await benchMemory(out, 10_000, 5, (line) => process.stderr.write(`${line}\n`));

const cpus = os.cpus();
const report = `# Benchmarks

Produced by \`pnpm bench${quick ? ' --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}; every figure in a table comes from the same run on the same machine, so compare the ratios, not the absolute times.

- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${mb(os.totalmem())} memory, ${os.platform()} ${os.release()}
- Node ${process.version}

## Validation

Synthetic corpora from \`bench/src/generate.ts\`: measures with two to three paragraphs of body text and links to
another measure and a goal, one goal per ten measures, one action plan per fifty; each released version changes
about 10 % of the measures. Every figure is the wall time of a whole process (start-up included), the median of
${runs} runs, except the cold runs (one each, with an empty parse cache).

- **floor**: read every Markdown file, parse its YAML frontmatter, check it with zod — nothing else (\`bench/src/floor.ts\`).
- **cold**: \`strategi validate\` with an empty parse cache: every Markdown body parsed with remark (files over 16 kB in a worker thread that can be stopped).
- **warm**: \`strategi validate\` again, nothing changed (every file's parse comes from the cache, keyed by content hash).
- **one file changed**: \`strategi validate\` after one measure was edited.

| corpus | files | floor | cold | warm | one file changed | peak memory |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Targets: warm ≤ 1.5 × floor; one file changed ≤ floor + 100 ms; peak memory at 10,000 × 5 under 4 GB.

\`strategi validate --watch\` keeps the parse cache open between checks; after one saved file it parses that
file again and re-runs the shape checks and link rules over everything (\`bench/src/watch-recheck.ts\`, in one
process, median of 7 edits; the process start-up above is not part of it). Target: well under 100 ms on the real content.

| content | first check | re-check after one file changed |
| --- | --- | --- |
${watchRows.join('\n')}
${peers ? `\n${peersSection(peers)}` : ''}${archive ? `\n${archiveSection(archive)}` : ''}${memory ? `\n${memorySection(memory)}` : ''}`;
// The review server's load figures come from their own script (`pnpm bench:review`); keep its section.
const previous = await readFile(path.join(repo, 'BENCHMARKS.md'), 'utf8').catch(() => '');
const reviewSection = /\n## Review server under load\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
// The same for the PDF step's figures (`pnpm bench:pdf`).
const pdfSection = /\n## PDF\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
// And the large build's, when this run did not measure it (`--quick`, `--no-memory`; `pnpm bench:memory`).
const memorySectionKept = memory ? '' : (/\n## Peak memory of a large build\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '');
// And the peers', when this run did not measure them (`--no-site`; `pnpm bench:peers`).
const peersSectionKept = peers ? '' : (/\n## Cold build against the peers a user would pick\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '');
// The cold build's profile is written by hand from `node --cpu-prof` (see its section): keep it.
const profileSection = /\n## Where the cold build's time goes\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
await writeFile(path.join(repo, 'BENCHMARKS.md'), `${report.trimEnd()}\n${peersSectionKept}${profileSection}${memorySectionKept}${reviewSection}${pdfSection}`);
process.stdout.write(report);
