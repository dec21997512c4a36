/**
 * The site build as a user runs it (`pnpm build` at the repository root, through turbo), on synthetic corpora:
 * incremental publishing with STRATEGI_CACHE_DIR — the build after a 5th and after a 10th version, with the cache of the build before, against
 * building the current version alone. Wall time and peak memory come from `/usr/bin/time` around the whole command.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The site's own type (a project reference); `.js` because a `.ts` path into another project cannot be rewritten.
import type { PageWeight } from '../../apps/site/scripts/page-weight.js';
import { generateCorpus } from './generate.ts';
import type { Measurement } from './measure.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);

/**
 * Where a site build of the benchmark writes, by name: inside the site's folder, because Astro puts a build's
 * prerendered chunks beside its output only there (an output elsewhere shares the site's `.astro/.prerender/`, and two
 * such builds at once in one checkout delete each other's chunks).
 */
export const siteDist = (name: string) => path.join(repo, 'apps', 'site', 'node_modules', '.cache', 'strategi-bench', name);

/** Every page's weight, heaviest first, as the site's own measure (`apps/site/scripts/page-weight.ts`) gives it. */
function siteWeights(dist: string): PageWeight[] {
  const script = path.join(repo, 'apps', 'site', 'scripts', 'page-weight.ts');
  return JSON.parse(execFileSync(process.execPath, [script, '--json', dist], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as PageWeight[];
}

export interface Build extends Measurement {
  pages: number;
  log: string;
}

async function htmlCount(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** Runs `command` under /usr/bin/time; wall time and the peak resident memory of the largest process. */
function timed(command: string[], env: Record<string, string>, cwd: string): Promise<Measurement & { log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'BENCH_TIME %e %M', ...command], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const match = /BENCH_TIME ([\d.]+) (\d+)/.exec(log);
      resolve({ wallMs: Number(match?.[1] ?? 0) * 1000, peakBytes: Number(match?.[2] ?? 0) * 1024, exitCode: code ?? 1, stdout: '', log });
    });
  });
}

/**
 * `pnpm build` (or another pnpm `command`) of `content` into `dist`, with the archive cache in `cache` (undefined:
 * none) and any `extra` settings.
 */
export async function pnpmBuild(
  content: string,
  dist: string,
  cache: string | undefined,
  extra: Record<string, string> = {},
  command: string[] = ['build'],
  keepOutput = false,
): Promise<Build> {
  if (!keepOutput) await rm(dist, { recursive: true, force: true });
  const env: Record<string, string> = {
    STRATEGI_CONTENT: content,
    STRATEGI_DIST: dist,
    STRATEGI_BUILD_DATE: '2026-12-01',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
  // Without STRATEGI_CACHE_DIR the model's parse cache would live in a folder shared between runs: give it an empty one.
  env['STRATEGI_CACHE_DIR'] = cache ?? (await mkdtemp(path.join(tmpdir(), 'strategi-nocache-')));
  const result = await timed(['pnpm', ...command], env, repo);
  if (result.exitCode !== 0) throw new Error(`pnpm build failed for ${content}:\n${result.log.slice(-3000)}`);
  if (!cache) await rm(env['STRATEGI_CACHE_DIR'], { recursive: true, force: true });
  return { ...result, pages: await htmlCount(dist) };
}

/** A content folder with the working draft of `corpus` and the released versions `ids` only. */
async function contentWith(corpus: string, folder: string, ids: string[]): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await cp(corpus, folder, {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(corpus, 'versjoner')) || source === path.join(corpus, 'versjoner'),
  });
  await mkdir(path.join(folder, 'versjoner'), { recursive: true });
  for (const id of ids) await cp(path.join(corpus, 'versjoner', id), path.join(folder, 'versjoner', id), { recursive: true });
  return folder;
}

export interface ArchiveFigures {
  measures: number;
  alone: Build;
  four: Build;
  five: Build;
  nine: Build;
  ten: Build;
  heaviest: PageWeight[];
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `v${i + 1}`);

/** Every build of the archive benchmark, one after the other in one run. */
export async function benchArchive(out: string, measures: number, log: (line: string) => void): Promise<ArchiveFigures> {
  const corpus = path.join(out, `archive-${measures}`);
  await generateCorpus(corpus, { measures, versions: 10 });
  const step = async <T>(label: string, run: () => Promise<T>) => {
    log(`${label}…`);
    return run();
  };
  const alone = await step('pnpm build, the 5th version alone', async () =>
    pnpmBuild(await contentWith(corpus, path.join(out, 'archive-content-alone'), ['v5']), siteDist('archive-dist-alone'), undefined),
  );
  const cache = await mkdtemp(path.join(tmpdir(), 'strategi-archive-'));
  const four = await step('pnpm build, 4 versions, empty cache', async () =>
    pnpmBuild(await contentWith(corpus, path.join(out, 'archive-content-4'), ids(4)), siteDist('archive-dist-4'), cache),
  );
  const five = await step('pnpm build, 5th version with the cache', async () =>
    pnpmBuild(await contentWith(corpus, path.join(out, 'archive-content-5'), ids(5)), siteDist('archive-dist-5'), cache),
  );
  const heaviest = siteWeights(siteDist('archive-dist-5'));
  const nine = await step('pnpm build, 9 versions with the cache', async () =>
    pnpmBuild(await contentWith(corpus, path.join(out, 'archive-content-9'), ids(9)), siteDist('archive-dist-9'), cache),
  );
  const ten = await step('pnpm build, 10th version with the cache', async () =>
    pnpmBuild(await contentWith(corpus, path.join(out, 'archive-content-10'), ids(10)), siteDist('archive-dist-10'), cache),
  );
  await rm(cache, { recursive: true, force: true });
  return { measures, alone, four, five, nine, ten, heaviest };
}

const ms = (value: number) => `${(value / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

/** The BENCHMARKS.md section of the figures. */
export function archiveSection(f: ArchiveFigures): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const heaviest = f.heaviest.slice(0, 5).map((w) => `| \`${w.page}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.json)} | ${kb(w.total)} |`);
  const diff = f.heaviest.find((w) => w.page.startsWith('/endringer/') && w.page.split('/').length > 4);
  const whole = f.heaviest.find((w) => w.page.includes('/hele-dokumentet/'));
  const over = f.heaviest.filter((w) => w.total > 60 * 1024);
  return `## Site build as \`pnpm build\` runs it

${f.measures.toLocaleString('en-US')} synthetic measures (\`bench/src/generate.ts\`, ten released versions, each changing about 10 % of
the measures). Every build is \`pnpm build\` at the repository root (turbo, then \`astro build\` of the site, then
Pagefind), timed with \`/usr/bin/time\` around the whole command, one after the other in this run
(\`bench/src/site-archive.ts\`). Peak memory is that of the largest process.

The cold build of one version against bare Astro and Starlight is in «Cold build against the peers a user would
pick» (\`bench/src/site-peers.ts\`).

**Incremental publishing.** With \`STRATEGI_CACHE_DIR\` kept between builds, a build takes every version whose key is
unchanged from the cache (checked against its manifest) and renders only the new one, the root and the site-wide
pages. Against building the current version alone (the same 5th version, no other versions, no cache):

| build | pages | wall time | ratio to the current version alone | peak memory |
| --- | --- | --- | --- | --- |
| the 5th version alone, no cache | ${f.alone.pages.toLocaleString('en-US')} | ${ms(f.alone.wallMs)} | 1.00× | ${mb(f.alone.peakBytes)} |
| 4 versions, empty cache | ${f.four.pages.toLocaleString('en-US')} | ${ms(f.four.wallMs)} | ${ratio(f.four.wallMs, f.alone.wallMs)} | ${mb(f.four.peakBytes)} |
| **after the 5th version, with the cache of the 4** | ${f.five.pages.toLocaleString('en-US')} | ${ms(f.five.wallMs)} | **${ratio(f.five.wallMs, f.alone.wallMs)}** | ${mb(f.five.peakBytes)} |
| 9 versions, with the cache | ${f.nine.pages.toLocaleString('en-US')} | ${ms(f.nine.wallMs)} | ${ratio(f.nine.wallMs, f.alone.wallMs)} | ${mb(f.nine.peakBytes)} |
| **after the 10th version, with the cache of the 9** | ${f.ten.pages.toLocaleString('en-US')} | ${ms(f.ten.wallMs)} | **${ratio(f.ten.wallMs, f.alone.wallMs)}** | ${mb(f.ten.peakBytes)} |

Targets: after a 5th version ≤ 1.25× the current version alone, and flat at 10 versions.

**Page weight** of the 5-version site (\`apps/site/scripts/page-weight.ts\`: the HTML, the stylesheets and scripts
it links with the modules they import, and on archived pages the versions JSON the switcher reads, each gzip
level 9, before search is used). Heaviest pages:

| page | HTML | CSS | JS | JSON | total |
| --- | --- | --- | --- | --- | --- |
${heaviest.join('\n')}

${diff ? `A diff page (\`${diff.page}\`): ${kb(diff.total)}. ` : ''}${whole ? `The heaviest part of the whole document (\`${whole.page}\`): ${kb(whole.total)}. ` : ''}Pages over 60 kB: ${over.length}${
    over.length
      ? ` (${over
          .slice(0, 5)
          .map((w) => `\`${w.page}\``)
          .join(', ')}${over.length > 5 ? ', …' : ''})`
      : ''
  }.
`;
}
