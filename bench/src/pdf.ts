// pnpm bench:pdf: the two routes to the PDF side by side, in one run on one machine, on the real content and on a
// synthetic corpus of 400 measures. Chromium: the public site built cold without PDFs (STRATEGI_PDF=0) and cold with
// them (empty PDF cache); the step's own time is the one the build logs. Typst: the content read, written as Typst
// markup and typeset to PDF/UA-1 in one Node process (pdf-typst.ts). Peak memory is the sum of the resident sets
// of every process the route runs (the build, and Chromium's processes), sampled every 100 ms. Each PDF's tag tree
// is summed up from `pdfinfo -struct`, and its first three pages are rendered at 60 dpi into /tmp/screens.
// Writes the section «PDF» of BENCHMARKS.md.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from './generate.ts';
import { type Measurement, measureNode } from './measure.ts';

const quick = process.argv.includes('--quick');
const synthetic = quick ? 100 : 400;
const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const siteFolder = path.join(repo, 'apps', 'site');
const astroBin = path.join(siteFolder, 'node_modules', 'astro', 'bin', 'astro.mjs');
const typstRun = new URL('./pdf-typst-run.ts', import.meta.url).pathname;
const screens = '/tmp/screens';
const work = await mkdtemp(path.join(tmpdir(), 'strategi-bench-pdf-'));
const run = promisify(execFile);

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mb = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en-US')} MB`;

/** The largest sum of resident memory of this process's descendants while `work` runs, sampled every 100 ms. */
async function withTreePeak<T>(work: () => Promise<T>): Promise<{ result: T; peakBytes: number }> {
  let peak = 0;
  let sampling = false;
  const sample = async () => {
    if (sampling) return;
    sampling = true;
    try {
      const { stdout } = await run('ps', ['-eo', 'pid=,ppid=,rss=']);
      const rows = stdout
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
      const children = new Map<number, number[]>();
      for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      const rss = new Map(rows.map(([pid, , kb]) => [pid, kb * 1024]));
      let sum = 0;
      const stack = [...(children.get(process.pid) ?? [])];
      while (stack.length > 0) {
        const pid = stack.pop()!;
        if (rss.get(pid) === undefined) continue;
        // ps itself is a child too; it is small and short-lived, and left in.
        sum += rss.get(pid)!;
        stack.push(...(children.get(pid) ?? []));
      }
      peak = Math.max(peak, sum);
    } finally {
      sampling = false;
    }
  };
  const timer = setInterval(() => void sample(), 100);
  try {
    const result = await work();
    return { result, peakBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

/** One cold public build of `content`: fresh dist and cache; `pdf` false builds without PDFs. */
async function build(content: string, pdf: boolean): Promise<Measurement & { treePeak: number; pdfStepMs: number | undefined; dist: string }> {
  const dist = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  await rm(dist, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const { result, peakBytes } = await withTreePeak(() =>
    measureNode(
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
    ),
  );
  if (result.exitCode !== 0) throw new Error(`The site build failed for ${content}:\n${result.stdout.slice(-2000)}`);
  // The step logs «N PDF-er (… laget, …) på M ms».
  const step = /PDF-er \([^)]*\) på (\d+) ms/.exec(result.stdout)?.[1];
  return { ...result, treePeak: peakBytes, pdfStepMs: step === undefined ? undefined : Number(step), dist };
}

/** The roles of a PDF's structure tree with their counts, from poppler's `pdfinfo -struct`. */
function tagSummary(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n')) {
    const role = /^\s*([A-Za-z][A-Za-z0-9]*)\b/.exec(line)?.[1];
    if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return counts;
}

const shownRoles = ['H1', 'H2', 'H3', 'H4', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Link', 'TOC', 'TOCI', 'Figure', 'Caption'];
const tagLine = (counts: Map<string, number>) =>
  shownRoles
    .filter((role) => counts.has(role))
    .map((role) => `${role} ${counts.get(role)}`)
    .join(', ');

async function pdfFacts(file: string, name: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const meta = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  await mkdir(screens, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, path.join(screens, `pdf-${name}`)]);
  return { pages, bytes: (await stat(file)).size, ua: /pdfuaid:part>1</.test(meta) || /pdfuaid:part="1"/.test(meta), tags: tagSummary(file) };
}

/** The current version's PDF of a built site. */
async function chromiumPdf(dist: string): Promise<string> {
  const file = path.join(dist, 'strategi.pdf');
  await stat(file);
  return file;
}

const corpora: [string, string, string][] = [['the real content (`content/`)', 'real', path.join(repo, 'content')]];
const syntheticRoot = path.join(work, `corpus-${synthetic}`);
await generateCorpus(syntheticRoot, { measures: synthetic, versions: 1 });
corpora.push([`${synthetic} synthetic measures × 1 released version`, `synthetic-${synthetic}`, syntheticRoot]);

const rows: string[] = [];
const tagRows: string[] = [];
const ratios: { label: string; chromium: number; typst: number }[] = [];
for (const [label, short, content] of corpora) {
  process.stderr.write(`PDF: ${label}, build without PDF…\n`);
  const none = await build(content, false);
  process.stderr.write(`PDF: ${label}, build with Chromium's PDF…\n`);
  const chromium = await build(content, true);
  const chromiumFile = path.join(work, `chromium-${short}.pdf`);
  await writeFile(chromiumFile, await readFile(await chromiumPdf(chromium.dist)));
  const chromiumCount = (await readdir(path.join(chromium.dist, 'versjoner'), { recursive: true })).filter((name) => String(name).endsWith('.pdf')).length;
  process.stderr.write(`PDF: ${label}, Typst…\n`);
  const typstFile = path.join(work, `typst-${short}.pdf`);
  const typst = await withTreePeak(() => measureNode([typstRun, content, typstFile], {}, path.dirname(typstRun)));
  if (typst.result.exitCode !== 0) throw new Error(`The Typst route failed for ${content}:\n${typst.result.stdout}`);
  const phases = JSON.parse(typst.result.stdout.trim().split('\n').at(-1)!) as { loadMs: number; markupMs: number; typesetMs: number };
  const [c, t] = [await pdfFacts(chromiumFile, `chromium-${short}`), await pdfFacts(typstFile, `typst-${short}`)];
  const step = chromium.pdfStepMs ?? chromium.wallMs - none.wallMs;
  // In the build the content is already read: what Typst would add there is the markup and the typesetting.
  const typstInBuild = phases.markupMs + phases.typesetMs;
  ratios.push({ label, chromium: step / none.wallMs, typst: typstInBuild / none.wallMs });
  rows.push(
    `| ${label} | ${ms(none.wallMs)} (${mb(none.treePeak)}) | ${ms(chromium.wallMs)}: step ${ms(step)} for ${chromiumCount} PDF${chromiumCount === 1 ? '' : 's'} (${mb(chromium.treePeak)}) | ${(step / none.wallMs).toFixed(2)} | ${ms(typst.result.wallMs)}: typeset ${ms(phases.typesetMs)}, read ${ms(phases.loadMs)}, markup ${ms(phases.markupMs)} (${mb(typst.peakBytes)}) | ${(typstInBuild / none.wallMs).toFixed(2)} |`,
  );
  tagRows.push(
    `| ${label} | Chromium | ${c.pages} | ${Math.round(c.bytes / 1000)} kB | ${c.ua ? 'yes' : 'no'} | ${tagLine(c.tags)} |`,
    `| ${label} | Typst | ${t.pages} | ${Math.round(t.bytes / 1000)} kB | ${t.ua ? 'yes' : 'no'} | ${tagLine(t.tags)} |`,
  );
  process.stderr.write(`${rows.at(-1)}\n${tagRows.slice(-2).join('\n')}\n`);
}
await rm(work, { recursive: true, force: true });

const worst = Math.max(...ratios.map((ratio) => ratio.chromium));
const section = `## PDF

Produced by \`pnpm bench:pdf\`${quick ? ' (`--quick`)' : ''} on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, one run of each (the
two routes one after the other in the same run). **Build without PDF**: a cold public \`astro build\` with
\`STRATEGI_PDF=0\` (fresh dist and caches). **Chromium**: the same build with the PDF step, empty PDF cache; the
step's own time is the one the build logs (every version's whole document printed twice in Debian's Chromium, for
the contents' page numbers, and post-processed with pdf-lib). **Typst**: \`bench/src/pdf-typst.ts\` in one Node
process: the content read by the model, the newest released version written as Typst markup (mdast → Typst) and
typeset to PDF/UA-1 by Typst 0.14.2 (\`@myriaddreamin/typst-ts-node-compiler\` 0.7, DejaVu fonts from Debian).
Memory in brackets: the peak of the summed resident sets of every process of the route (the build and Chromium's
processes), sampled every 100 ms. «÷ build» is the PDF work as a share of the build without PDF; the goal is at most
0.25. For Typst it counts the markup and the typesetting, the work it would add to a build, which has read the
content already; its whole route, start-up and reading included, is the time in its column.

| content | build without PDF | Chromium (build with PDF) | ÷ build | Typst (whole route) | ÷ build |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

The current version's PDF of each route; «UA» is \`pdfuaid:part\` 1 in the XMP; tags counted by \`pdfinfo -struct\`.
First three pages of each at 60 dpi: \`/tmp/screens/pdf-{chromium,typst}-{real,synthetic-${synthetic}}-N.png\`.

| content | route | pages | size | UA | tags |
| --- | --- | --- | --- | --- | --- |
${tagRows.join('\n')}

### Judgement

Typst wins on every figure measured: it typesets the whole document in a fraction of a second where Chromium's step
takes seconds to minutes, and it needs no browser. Its PDF/UA-1 is checked by Typst itself while it writes the file
(a skipped heading level, a missing title or language stops the export), where the Chromium route only claims
PDF/UA-1 after the fact (XMP, role map and link descriptions added with pdf-lib, checked by the site's tests). Its
contents gets its page numbers in one pass (\`outline\`), without printing twice, and a table's header row repeats on
each page. Chromium's PDF is the site's own whole-document page, so it cannot drift from what the site shows;
Typst's is a second rendering of the same model, and every view rule of \`WholeView.astro\` (status from progress
reports, example markers, per-document language, the draft mark, link descriptions) has to be written again in
Typst and kept in step. The Chromium step costs ${worst.toFixed(2)}× the build without PDF at worst here${worst > 0.25 ? ', over the goal of 0.25' : ''};
Typst's ${Math.max(...ratios.map((ratio) => ratio.typst)).toFixed(2)}×${Math.max(...ratios.map((ratio) => ratio.typst)) <= 0.25 ? ', within it' : ''}. On the pages, Typst sets denser and more even
text (fewer pages, a contents with dot leaders and page numbers from one pass); Chromium's pages look like the
site, in its typography. Both tag headings, lists, tables (with TH) and links; Typst also tags the contents as
TOC/TOCI, and will not write a file whose headings skip a level.

**Typst wins clearly, but the build keeps Chromium for now.** The Typst route here is a second rendering of the
model, written for this comparison; it is not yet the document the site's tests hold the PDF to (the same headings
as the whole-document page, in order; example marks and canary texts; the draft mark on every page; link
descriptions; the contents' numbers), and a PDF that says less than the site, or says it differently, is worse than
a slow one. The way to switch without a second source of truth is to typeset the print source the site already
renders (\`hele-dokumentet/utskrift/\`, HTML → Typst) instead of the model, behind the same \`buildPdfs\`, and to
keep \`test/browser/pdf.test.ts\`, \`test/build.test.ts\` and \`test/whole-parts-build.test.ts\` as they are; that is
the next step. Until then the PDF cache keeps the cost to the builds where a version's document changed.
`;
const file = path.join(repo, 'BENCHMARKS.md');
const current = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
const start = current.indexOf('\n## PDF\n');
const next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
const updated =
  start === -1 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start).trimEnd()}\n\n${section}${next === -1 ? '' : current.slice(next)}`;
await writeFile(file, updated);
process.stdout.write(section);
