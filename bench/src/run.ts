// pnpm bench [--quick]: generates synthetic corpora and measures validation side by side in one run,
// then writes the figures to BENCHMARKS.md at the repository root.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { type CorpusSize, generateCorpus } from './generate.ts';
import { measureNode } from './measure.ts';
import { buildBareSite, buildProjectSite, pagefindSize, pageWeight, timePagefind } from './site.ts';
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

// Site builds: this project's site against a bare Astro site on the same Markdown, and the cost of a fifth version.
const siteMeasures = quick ? 100 : 1000;
const siteOnly = process.argv.includes('--no-site') ? [] : [siteMeasures];
const siteRows: string[] = [];
const weightRows: string[] = [];
let versionRow = '';
for (const measures of siteOnly) {
  process.stderr.write(`Site builds with ${measures} measures…\n`);
  const one = path.join(out, `site-${measures}-1`);
  const four = path.join(out, `site-${measures}-4`);
  const five = path.join(out, `site-${measures}-5`);
  await generateCorpus(one, { measures, versions: 1 });
  await generateCorpus(four, { measures, versions: 4 });
  await generateCorpus(five, { measures, versions: 5 });
  const bare = await buildBareSite(path.join(out, 'bare-site'), [path.join(one, 'versjoner', 'v1')]);
  const project = await buildProjectSite(one, path.join(out, 'dist-1'), await mkdtemp(path.join(tmpdir(), 'strategi-cache-')));
  const perPage = (build: { wallMs: number; pages: number }) => build.wallMs / build.pages;
  const search = await timePagefind(path.join(out, 'dist-1'), path.join(out, 'pagefind-alone'));
  const withoutSearch = { wallMs: project.wallMs - search.wallMs, pages: project.pages };
  siteRows.push(
    `| bare Astro site | ${bare.pages.toLocaleString('en-US')} | ${ms(bare.wallMs)} | ${perPage(bare).toFixed(1)} ms | 1.00× | ${mb(bare.peakBytes)} |`,
    `| this project's site | ${project.pages.toLocaleString('en-US')} | ${ms(project.wallMs)} | ${perPage(project).toFixed(1)} ms | ${ratio(perPage(project), perPage(bare))} | ${mb(project.peakBytes)} |`,
    `| this project's site without its search index (build − Pagefind alone) | ${project.pages.toLocaleString('en-US')} | ${ms(withoutSearch.wallMs)} | ${perPage(withoutSearch).toFixed(1)} ms | ${ratio(perPage(withoutSearch), perPage(bare))} | |`,
  );
  weightRows.push(
    `Pagefind alone over the one-version site: ${search.pages.toLocaleString('en-US')} pages indexed in ${ms(search.wallMs)} (${(search.wallMs / Math.max(search.pages, 1)).toFixed(1)} ms per page), peak memory ${mb(search.peakBytes)}.`,
  );
  const cache = await mkdtemp(path.join(tmpdir(), 'strategi-cache-'));
  const withFour = await buildProjectSite(four, path.join(out, 'dist-4'), cache);
  const withFive = await buildProjectSite(five, path.join(out, 'dist-5'), cache);
  const added = withFive.wallMs - withFour.wallMs;
  versionRow = `| ${ms(project.wallMs)} | ${ms(withFour.wallMs)} (${withFour.pages.toLocaleString('en-US')} pages) | ${ms(withFive.wallMs)} (${withFive.pages.toLocaleString('en-US')} pages) | ${ms(added)} | ${Math.round((100 * added) / project.wallMs)} % | ${mb(withFive.peakBytes)} |`;
  const index = await pagefindSize(path.join(out, 'dist-5'));
  weightRows.push(
    `Pagefind index for ${withFive.pages.toLocaleString('en-US')} pages: ${mb(index)} in all, ${Math.round(index / withFive.pages / 1024)} kB per page (the index is built inside the site build above).`,
  );
  const pages: [string, string][] = [
    ['front page', ''],
    ['focus area', 'innsatsomrader/I-1/'],
    ['goal', 'mal/M-1/'],
    ['measure', 'tiltak/T-1/'],
    ['measures table', 'tiltak/'],
    ['progress', 'fremdrift/'],
    ['versions', 'versjoner/'],
    ['diff', 'endringer/v4/v5/'],
  ];
  weightRows.push('', '| page | HTML | CSS | JS | total |', '| --- | --- | --- | --- | --- |');
  for (const [name, page] of pages) {
    const weight = await pageWeight(path.join(out, 'dist-5'), page).catch(() => undefined);
    if (!weight) continue;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    weightRows.push(`| ${name} (\`/${page}\`) | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.html + weight.css + weight.js)} |`);
  }
}

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
${
  siteRows.length
    ? `
## Site build

${siteMeasures.toLocaleString('en-US')} synthetic measures, one released version. The bare site is a fresh Astro project
(\`bench/src/bare-site.ts\`) that renders every Markdown file of the version to a page with Astro's own Markdown
pipeline and nothing else. This project's site renders more pages from the same files (every document, the
filter pages, the whole document, the current version again at the root, open data) and builds the Pagefind
index; the comparison is per page. Wall time of the whole \`astro build\`, start-up included.

| site | pages | build | per page | ratio | peak memory |
| --- | --- | --- | --- | --- | --- |
${siteRows.join('\n')}

Adding a version: the same corpus with four released versions, then five (each changing about 10 % of the
measures), built one after the other with a shared parse cache, against building one version from scratch.

| one version from scratch | four versions | five versions | cost of the fifth | share of one from scratch | peak memory |
| --- | --- | --- | --- | --- | --- |
${versionRow}

Targets: site build ≤ 1.2 × the bare Astro site per page; adding a version ≤ 25 % of building one from scratch.

## Search index and page weight

${weightRows.join('\n')}

Page weight counts the page's HTML and the stylesheets and scripts it links, each gzip-compressed, before search
is used (modules a script imports later are not counted). Target: ≤ 60 kB per page.
`
    : ''
}`;
// The review server's load figures come from their own script (`pnpm bench:review`); keep its section.
const previous = await readFile(path.join(repo, 'BENCHMARKS.md'), 'utf8').catch(() => '');
const reviewSection = /\n## Review server under load\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
// The same for the PDF step's figures (`pnpm bench:pdf`).
const pdfSection = /\n## PDF\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
await writeFile(path.join(repo, 'BENCHMARKS.md'), `${report.trimEnd()}\n${reviewSection}${pdfSection}`);
process.stdout.write(report);
