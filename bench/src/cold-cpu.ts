/**
 * pnpm bench:cold-cpu <revision> <revision> […]: the processor time of one cold `astro build` of the site at each
 * revision, side by side, to measure a change to the build's work on a machine others are using (processor time, unlike
 * wall time, hardly moves with the load). Each revision is extracted from Git into a folder of its own, with this
 * checkout's installed node_modules linked in (hard links: nothing is downloaded or copied), and built over the same
 * synthetic corpus (1,000 measures, one released version) with `STRATEGI_PDF=0`, an empty cache and a fixed build day,
 * the revisions in turn, round after round. Then every revision's output is compared file by file with the first's:
 * a change that only removes work leaves it byte for byte the same.
 *
 *   pnpm bench:cold-cpu HEAD~1 HEAD --rounds 3 --measures 1000
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.ts';
import { walkFiles } from './walk-files.ts';

const repo = path.resolve(new URL('../..', import.meta.url).pathname);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '2' }, measures: { type: 'string', default: '1000' } },
});
if (positionals.length < 2) throw new Error('Name at least two revisions to compare, e.g. HEAD~1 HEAD.');
const rounds = Number(values.rounds);
const work = await mkdtemp(path.join(tmpdir(), 'strategi-cold-cpu-'));

/** The folders of this checkout that hold installed packages (the root's and each workspace package's). */
async function nodeModulesFolders(): Promise<string[]> {
  const folders = ['node_modules'];
  for (const group of ['apps', 'packages', 'bench']) {
    const names = group === 'bench' ? [''] : await readdir(path.join(repo, group));
    for (const name of names) {
      const folder = path.join(group, name, 'node_modules');
      if (await readdir(path.join(repo, folder)).catch(() => undefined)) folders.push(folder);
    }
  }
  return folders;
}

/** `revision` extracted into `folder`, with the installed packages hard-linked in (caches of earlier builds left out). */
async function checkout(revision: string, folder: string, modules: string[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${repo}" archive "${revision}" | tar -x -C "${folder}"`]);
  for (const modulesFolder of modules) {
    await mkdir(path.join(folder, modulesFolder), { recursive: true });
    for (const entry of await readdir(path.join(repo, modulesFolder))) {
      if (['.cache', '.vite', '.vite-temp', '.astro'].includes(entry)) continue;
      execFileSync('cp', ['-al', path.join(repo, modulesFolder, entry), path.join(folder, modulesFolder)]);
    }
  }
}

interface Cpu {
  userS: number;
  systemS: number;
  wallS: number;
}

/** One cold build of the site in `tree` over `content` into `dist`, timed by /usr/bin/time (its children included). */
async function coldBuild(tree: string, content: string, dist: string): Promise<Cpu> {
  const site = path.join(tree, 'apps', 'site');
  const cache = await mkdtemp(path.join(work, 'cache-'));
  await rm(dist, { recursive: true, force: true });
  await rm(path.join(site, '.astro'), { recursive: true, force: true });
  const env = {
    ...process.env,
    STRATEGI_CONTENT: content,
    STRATEGI_DIST: dist,
    STRATEGI_CACHE_DIR: cache,
    STRATEGI_PDF: '0',
    STRATEGI_BUILD_DATE: '2026-12-01',
    ASTRO_TELEMETRY_DISABLED: '1',
    INIT_CWD: tree,
  };
  const astro = path.join(site, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const log = await new Promise<{ code: number; text: string }>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'BENCH_CPU %U %S %e', process.execPath, astro, 'build'], { cwd: site, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
  await rm(cache, { recursive: true, force: true });
  const match = /BENCH_CPU ([\d.]+) ([\d.]+) ([\d.]+)/.exec(log.text);
  if (log.code !== 0 || !match) throw new Error(`The build in ${tree} failed:\n${log.text.slice(-3000)}`);
  return { userS: Number(match[1]), systemS: Number(match[2]), wallS: Number(match[3]) };
}

/** The files of `other` that are missing from `base`, added, or not byte for byte the same. */
async function differences(base: string, other: string): Promise<{ files: number; differing: string[] }> {
  const [ours, theirs] = [new Set(await walkFiles(base)), new Set(await walkFiles(other))];
  const differing = [...new Set([...ours, ...theirs])].filter((file) => !ours.has(file) || !theirs.has(file));
  for (const file of [...ours].filter((name) => theirs.has(name))) {
    const [a, b] = [await readFile(path.join(base, file)), await readFile(path.join(other, file))];
    if (!a.equals(b)) differing.push(file);
  }
  return { files: ours.size, differing };
}

/** The middle value, or the mean of the two middle values of an even count. */
function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const content = path.join(work, 'corpus');
await generateCorpus(content, { measures: Number(values.measures), versions: 1 });
const modules = await nodeModulesFolders();
const trees = positionals.map((revision, i) => ({ revision, folder: path.join(work, `tree-${i}`), dist: path.join(work, `dist-${i}`), cpu: [] as Cpu[] }));
for (const tree of trees) await checkout(tree.revision, tree.folder, modules);

const loadBefore = loadavg()[0]!;
for (let round = 1; round <= rounds; round++) {
  for (const tree of trees) {
    const cpu = await coldBuild(tree.folder, content, tree.dist);
    tree.cpu.push(cpu);
    console.log(
      `round ${round}, ${tree.revision}: ${(cpu.userS + cpu.systemS).toFixed(1)} s of CPU (${cpu.userS} user, ${cpu.systemS} system), ${cpu.wallS} s wall`,
    );
  }
}
const loadAfter = loadavg()[0]!;

console.log(`\n| revision | user + system CPU (median) | every round | wall time (median) |\n| --- | --- | --- | --- |`);
for (const tree of trees) {
  const total = tree.cpu.map((cpu) => cpu.userS + cpu.systemS);
  console.log(
    `| \`${tree.revision}\` | ${median(total).toFixed(1)} s | ${total.map((s) => s.toFixed(1)).join(', ')} | ${median(tree.cpu.map((cpu) => cpu.wallS)).toFixed(1)} s |`,
  );
}
for (const tree of trees.slice(1)) {
  const { files, differing } = await differences(trees[0]!.dist, tree.dist);
  console.log(
    differing.length === 0
      ? `${tree.revision}: all ${files.toLocaleString('en-US')} files byte for byte the same as ${trees[0]!.revision}'s`
      : `${tree.revision}: ${differing.length} of ${files.toLocaleString('en-US')} files differ from ${trees[0]!.revision}'s, e.g. ${differing.slice(0, 5).join(', ')}`,
  );
}
for (const tree of trees) await rm(tree.folder, { recursive: true, force: true });
console.log(`load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; ${rounds} rounds; the outputs are in ${work}`);
