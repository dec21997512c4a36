// pnpm bench:pdf: what the PDF step costs the public site build, on the real content and on synthetic corpora of
// 400 and 1,000 measures. Each corpus is built cold twice: without PDFs (STRATEGI_PDF=0) and with them (empty PDF cache), where
// the step typesets every version's print source of the whole document with Typst (apps/site/src/pdf/). The step's
// own time is the one the build logs. Peak memory is the sum of the resident sets of every process the build runs,
// sampled every 100 ms. The current version's PDF is summed up (pages, size, PDF/UA-1 in the XMP, the tags of
// `pdfinfo -struct`) and its first three pages rendered at 60 dpi into /tmp/screens. Writes the section «PDF» of
// BENCHMARKS.md.
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCorpus } from './generate.ts';
import { type Measurement, measureNode } from './measure.ts';

const quick = process.argv.includes('--quick');
// 400 measures as before; 1,000 is the corpus of the build-speed comparison with Starlight (BENCHMARKS.md).
const synthetic = quick ? [100] : [400, 1000];
const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const siteFolder = path.join(repo, 'apps', 'site');
const astroBin = path.join(siteFolder, 'node_modules', 'astro', 'bin', 'astro.mjs');
const screens = '/tmp/screens';
const work = await mkdtemp(path.join(tmpdir(), 'strategi-bench-pdf-'));
const run = promisify(execFile);
const goal = 0.25;

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

/**
 * The CPU time, in milliseconds, of every child process this one has waited for (Linux's cutime + cstime in
 * /proc/self/stat): measured around a build, what the build cost the machine whatever else shared it.
 */
async function childrenCpuMs(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  // The fields after the command's name, which is in brackets and may hold spaces; cutime and cstime are the 16th and 17th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticks;
}

/** The highest one-minute load average seen when a build started: other work on the machine slows every figure. */
let busiest = 0;

/** One cold public build of `content`: fresh dist and cache; `pdf` false builds without PDFs. */
async function build(
  content: string,
  pdf: boolean,
): Promise<Measurement & { treePeak: number; cpuMs: number; pdfStepMs: number | undefined; pdfCount: number; dist: string }> {
  const dist = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  await rm(dist, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  busiest = Math.max(busiest, loadavg()[0]!);
  const cpuBefore = await childrenCpuMs();
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
      },
      siteFolder,
    ),
  );
  const cpuMs = (await childrenCpuMs()) - cpuBefore;
  if (result.exitCode !== 0) throw new Error(`The site build failed for ${content}:\n${result.stdout.slice(-2000)}`);
  // The step logs «N PDF-er (… laget, …) på M ms».
  const step = /(\d+) PDF-er \([^)]*\) på (\d+) ms/.exec(result.stdout);
  return { ...result, treePeak: peakBytes, cpuMs, pdfStepMs: step ? Number(step[2]) : undefined, pdfCount: step ? Number(step[1]) : 0, dist };
}

/** What one of poppler's tools (Debian's poppler-utils) prints. */
function poppler(tool: 'pdfinfo' | 'pdftoppm', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The roles of a PDF's structure tree with their counts, from poppler's `pdfinfo -struct`. */
function tagSummary(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of poppler('pdfinfo', ['-struct', file]).split('\n')) {
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
  const info = poppler('pdfinfo', [file]);
  const meta = poppler('pdfinfo', ['-meta', file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  await mkdir(screens, { recursive: true });
  poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, path.join(screens, `pdf-typst-build-${name}`)]);
  return { pages, bytes: (await stat(file)).size, ua: /pdfuaid:part>1</.test(meta) || /pdfuaid:part="1"/.test(meta), tags: tagSummary(file) };
}

const corpora: [string, string, string][] = [['the real content (`content/`)', 'real', path.join(repo, 'content')]];
for (const measures of synthetic) {
  const root = path.join(work, `corpus-${measures}`);
  await generateCorpus(root, { measures, versions: 1 });
  corpora.push([`${measures.toLocaleString('en-US')} synthetic measures × 1 released version`, `synthetic-${measures}`, root]);
}

const rows: string[] = [];
const factRows: string[] = [];
const ratios: number[] = [];
const cpuRatios: number[] = [];
for (const [label, short, content] of corpora) {
  process.stderr.write(`PDF: ${label}, build without PDF…\n`);
  const none = await build(content, false);
  process.stderr.write(`PDF: ${label}, build with PDF…\n`);
  const withPdf = await build(content, true);
  if (withPdf.pdfStepMs === undefined) throw new Error(`The build of ${content} logged no PDF step:\n${withPdf.stdout.slice(-2000)}`);
  const facts = await pdfFacts(path.join(withPdf.dist, 'strategi.pdf'), short);
  const ratio = withPdf.pdfStepMs / none.wallMs;
  const cpuRatio = (withPdf.cpuMs - none.cpuMs) / none.cpuMs;
  ratios.push(ratio);
  cpuRatios.push(cpuRatio);
  rows.push(
    `| ${label} | ${ms(none.wallMs)} (${mb(none.treePeak)}) | ${ms(withPdf.wallMs)} (${mb(withPdf.treePeak)}) | ${ms(withPdf.pdfStepMs)} for ${withPdf.pdfCount} PDF${withPdf.pdfCount === 1 ? '' : 's'} | ${ratio.toFixed(2)} | ${ms(none.cpuMs)} → ${ms(withPdf.cpuMs)} | ${cpuRatio.toFixed(2)} |`,
  );
  factRows.push(`| ${label} | ${facts.pages} | ${Math.round(facts.bytes / 1000)} kB | ${facts.ua ? 'yes' : 'no'} | ${tagLine(facts.tags)} |`);
  process.stderr.write(`${rows.at(-1)}\n${factRows.at(-1)}\n`);
}
await rm(work, { recursive: true, force: true });

const worst = Math.max(...ratios);
const section = `## PDF

Produced by \`pnpm bench:pdf\`${quick ? ' (`--quick`)' : ''} on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, one run of each. **Build without PDF**: a
cold public \`astro build\` with \`STRATEGI_PDF=0\` (fresh dist and caches). **Build with PDF**: the same build with
the PDF step and an empty PDF cache: every version's print source of the whole document (\`hele-dokumentet/utskrift/\`)
read with parse5, written as Typst markup and typeset to PDF/UA-1 by Typst 0.14 (\`@myriaddreamin/typst-ts-node-compiler\`,
Debian's DejaVu fonts), on a worker thread that starts as soon as Astro writes the print source, while the other
pages are still being written (\`apps/site/src/pdf/typeset-ahead.ts\`). **Step** is the step's own time as the build
logs it: what is left once every page is written (waiting for the worker, writing the PDF, the sizes in the links). Memory in
brackets: the peak of the summed resident sets of every process the build runs, sampled every 100 ms. «÷ build» is
the step as a share of the build without PDF; the goal is at most ${goal}. **CPU** is the CPU time of the build's
processes without and with PDF, and «CPU ÷» what the PDF added (the print source's rendering included) as a share
of the build without it: unlike wall time, other work on the machine barely changes it. The machine has ${availableParallelism()} cores; its one-minute
load average was up to ${busiest.toFixed(1)} when a build started${busiest > availableParallelism() ? ', so other work shared them and every time is longer than on an idle machine' : ''}.

| content | build without PDF | build with PDF | step | ÷ build | CPU | CPU ÷ |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

The current version's PDF (\`/strategi.pdf\`); «UA» is \`pdfuaid:part\` 1 in the XMP; tags counted by \`pdfinfo -struct\`.
First three pages at 60 dpi: \`/tmp/screens/pdf-typst-build-{real,${synthetic.map((n) => `synthetic-${n}`).join(',')}}-N.png\`.

| content | pages | size | UA | tags |
| --- | --- | --- | --- | --- |
${factRows.join('\n')}

The step costs ${worst.toFixed(2)}× the build without PDF at worst here in wall time (${Math.max(...cpuRatios).toFixed(2)}× in CPU time), ${worst <= goal ? 'within' : 'over'} the goal of ${goal}. A build whose
versions' documents are unchanged takes every PDF from the cache and typesets none.

### Why the build typesets with Typst

On 2026-12-05 the same benchmark put the two routes side by side. Chromium, printing the whole-document page twice
(for the contents' page numbers) and post-processing it with pdf-lib, cost 0.40× the build without PDF on the real
content and 0.98× on 400 synthetic measures, with up to 2.5 GB of memory across its processes; a second Typst route,
which wrote the model's Markdown trees (mdast) as Typst, cost 0.03× and 0.14×, wrote fewer pages, and checked PDF/UA-1
itself while writing the file. That route was a second rendering of the model that would have had to repeat every
view rule of the site, so the build instead typesets the print source the site already renders, behind the same
\`buildPdfs\` and the same tests; the mdast route was then removed.
`;
const file = path.join(repo, 'BENCHMARKS.md');
const current = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
const start = current.indexOf('\n## PDF\n');
const next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
const updated =
  start === -1 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start).trimEnd()}\n\n${section}${next === -1 ? '' : current.slice(next)}`;
await writeFile(file, updated);
process.stdout.write(section);
