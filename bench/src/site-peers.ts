/**
 * A cold build of one version against the sites a user would pick instead, over the same Markdown: a bare Astro
 * site with a one-line page template and Starlight with its defaults; `pnpm build` without and with the PDF. The
 * four builds run interleaved, round after round, so that the machine's other work falls on all of them alike.
 * Then the preview build the web editor runs, cold and after one measure changed with the cache of the build before.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate.ts';
import type { Measurement } from './measure.ts';
import { buildBareSite, buildStarlightSite } from './site.ts';
import { type Build, pnpmBuild, siteDist } from './site-archive.ts';

export interface PeerRow {
  label: string;
  /** Every round's build, in the order they ran. */
  builds: Array<Measurement & { pages: number }>;
}

/** A preview build with the CPU time its processes took (user and system, every process the command waited for). */
type PreviewBuild = Build & { cpuMs: number };

export interface PreviewFigures {
  previewCold: PreviewBuild;
  previewOneChanged: PreviewBuild;
}

/**
 * The CPU time of this process's finished children so far (user + system, from /proc/self/stat), in milliseconds:
 * on a machine others share, the build's own work, which its wall time is not.
 */
async function childCpuMs(): Promise<number> {
  const fields = (await readFile('/proc/self/stat', 'utf8')).replace(/^.*\) /, '').split(' ');
  // cutime and cstime, fields 16 and 17 of the file (13 and 14 after the name), in clock ticks of 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

export interface PeerFigures extends PreviewFigures {
  measures: number;
  rounds: number;
  /** Bare Astro, Starlight, `pnpm build` without PDF, `pnpm build`. */
  rows: PeerRow[];
}

/** The median build of a row, by wall time. */
export function medianBuild(row: PeerRow): Measurement & { pages: number } {
  const sorted = [...row.builds].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Every build of the comparison, interleaved in one run. */
export async function benchPeers(out: string, measures: number, rounds: number, log: (line: string) => void): Promise<PeerFigures> {
  const corpus = path.join(out, `peers-${measures}`);
  await generateCorpus(corpus, { measures, versions: 1 });
  const version = path.join(corpus, 'versjoner', 'v1');
  const builds: Array<[string, () => Promise<Measurement & { pages: number }>]> = [
    ['bare Astro site, one-line template', () => buildBareSite(path.join(out, 'peer-bare'), [version])],
    ['Starlight, defaults', () => buildStarlightSite(path.join(out, 'peer-starlight'), version)],
    ['`pnpm build`, `STRATEGI_PDF=0`', () => pnpmBuild(corpus, siteDist('peer-dist-nopdf'), undefined, { STRATEGI_PDF: '0' })],
    ['`pnpm build` (with the PDF)', () => pnpmBuild(corpus, siteDist('peer-dist'), undefined)],
  ];
  const rows: PeerRow[] = builds.map(([label]) => ({ label, builds: [] }));
  for (let round = 1; round <= rounds; round++) {
    for (const [i, [label, build]] of builds.entries()) {
      log(`round ${round}: ${label}…`);
      const result = await build();
      rows[i]!.builds.push(result);
      log(`  ${(result.wallMs / 1000).toFixed(1)} s, ${result.pages} pages`);
    }
  }

  return { measures, rounds, rows, ...(await benchPreview(out, corpus, log)) };
}

/**
 * The editor's preview build (apps/editor/src/server.ts runs the site's build:preview) of `corpus`, cold, then after
 * one measure's body changed, with the cache of the build before; each build's log is kept in `out`.
 */
export async function benchPreview(out: string, corpus: string, log: (line: string) => void): Promise<PreviewFigures> {
  const cache = await mkdtemp(path.join(tmpdir(), 'strategi-preview-'));
  // As in the web editor, the build after a change writes over the last preview's output folder.
  const preview = async (keepOutput = false): Promise<PreviewBuild> => {
    const before = await childCpuMs();
    const build = await pnpmBuild(corpus, siteDist('peer-dist-preview'), cache, {}, ['--filter', '@strategi/site', 'run', 'build:preview'], keepOutput);
    return { ...build, cpuMs: (await childCpuMs()) - before };
  };
  log('preview build, cold…');
  const previewCold = await preview();
  log(`  ${(previewCold.wallMs / 1000).toFixed(1)} s (CPU ${(previewCold.cpuMs / 1000).toFixed(1)} s), ${previewCold.pages} pages`);
  const measure = path.join(corpus, 'tiltak', 'T-1.md');
  await writeFile(measure, (await readFile(measure, 'utf8')).replace('## Hva skal gjøres', '## Hva skal gjøres\n\nEn ny setning fra redaktøren.'));
  log('preview build, one measure changed…');
  const previewOneChanged = await preview(true);
  log(
    `  ${(previewOneChanged.wallMs / 1000).toFixed(1)} s (CPU ${(previewOneChanged.cpuMs / 1000).toFixed(1)} s), ${copied(previewOneChanged).toLocaleString('en-US')} of ${previewOneChanged.pages} pages copied`,
  );
  await rm(cache, { recursive: true, force: true });
  await writeFile(path.join(out, 'preview-cold.log'), previewCold.log);
  await writeFile(path.join(out, 'preview-one-changed.log'), previewOneChanged.log);
  return { previewCold, previewOneChanged };
}

/** How many pages the build copied from the last preview's (Astro logs each «(restored)» or «(cached)»). */
const copied = (build: Build) => build.log.match(/\((restored|cached)\)/g)?.length ?? 0;

const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

/** The BENCHMARKS.md section of the comparison. */
export function peersSection(f: PeerFigures): string {
  const starlight = medianBuild(f.rows[1]!);
  const lines = f.rows.map((row) => {
    const m = medianBuild(row);
    const all = row.builds.map((b) => seconds(b.wallMs)).join(', ');
    return `| ${row.label} | ${m.pages.toLocaleString('en-US')} | ${seconds(m.wallMs)} | ${all} | ${ratio(m.wallMs, starlight.wallMs)} | ${(m.wallMs / m.pages).toFixed(1)} ms | ${mb(m.peakBytes)} |`;
  });
  return `## Cold build against the peers a user would pick

${f.measures.toLocaleString('en-US')} synthetic measures and one released version (\`bench/src/generate.ts\`), built cold four ways,
interleaved over ${f.rounds} round${f.rounds === 1 ? '' : 's'} in this run (\`bench/src/site-peers.ts\`); the median round is shown, every round beside it.
The two peers get the same Markdown files, every file of the released version (measures, goals, focus areas, action plans, actors):

- **bare Astro site** (\`bench/src/bare-site.ts\`): Astro's content collection and Markdown pipeline with a one-line page
  template, nothing else; the floor of any Astro site over these files.
- **Starlight** (\`bench/src/starlight-site.ts\`, \`@astrojs/starlight\` with its defaults): what a user who wants a documentation
  site over Markdown would pick; a sidebar of every page, a table of contents, Pagefind search and a sitemap (skipped without \`site\`).
- **\`pnpm build\`** at the repository root as a user runs it (turbo, \`astro build\` of the site, Pagefind), with \`STRATEGI_PDF=0\` and
  with the PDF; the site has more pages per file (the version under \`/versjoner/\` and again at the root, filter pages,
  progress pages, the whole document, the documents' histories).

Wall time of the whole command (\`/usr/bin/time\` or the process), start-up included; peak memory of the largest process.

| build | pages | wall time (median) | every round | ratio to Starlight | per page | peak memory |
| --- | --- | --- | --- | --- | --- | --- |
${lines.join('\n')}

Goals (issue #33): with the PDF at most 1.00× Starlight; without it at most 0.75×.

${previewPart(f)}`;
}

/** Where the preview's part of the section starts; it runs to the section's «Produced by» line. */
const PREVIEW_PART = '**The preview build after one changed file.**';

/** The preview's part of the section: its table and goal. */
export function previewPart(f: PreviewFigures): string {
  return `${PREVIEW_PART} The web editor runs the site's \`build:preview\`
(\`pnpm --filter @strategi/site run build:preview\`) after a save. The same corpus's preview, cold with an empty cache, then
again after one measure's body changed, with \`STRATEGI_CACHE_DIR\` and the output folder kept from the build before; «copied» are the pages
Astro's incremental build took from the last preview instead of rendering them (apps/site/src/lib/page-cache-key.ts);
CPU is the user and system time of every process of the command, which other work on the machine does not inflate:

| build | pages | copied | wall time | CPU | peak memory |
| --- | --- | --- | --- | --- | --- |
| preview, cold, empty cache | ${f.previewCold.pages.toLocaleString('en-US')} | ${copied(f.previewCold).toLocaleString('en-US')} | ${seconds(f.previewCold.wallMs)} | ${seconds(f.previewCold.cpuMs)} | ${mb(f.previewCold.peakBytes)} |
| preview after one measure changed, with the cache | ${f.previewOneChanged.pages.toLocaleString('en-US')} | ${copied(f.previewOneChanged).toLocaleString('en-US')} | ${seconds(f.previewOneChanged.wallMs)} | ${seconds(f.previewOneChanged.cpuMs)} | ${mb(f.previewOneChanged.peakBytes)} |

Goal (issue #33): the preview after one changed file at most 3 s.
`;
}

/** `text` (BENCHMARKS.md) with the preview's part of the peers' section replaced by `part`. */
export function replacePreviewPart(text: string, part: string): string {
  const start = text.indexOf(PREVIEW_PART);
  const end = text.indexOf('\nProduced by `pnpm bench:peers', start);
  if (start < 0 || end < 0) throw new Error('BENCHMARKS.md has no preview part in «Cold build against the peers a user would pick»');
  return `${text.slice(0, start)}${part.trimEnd()}\n${text.slice(end)}`;
}
