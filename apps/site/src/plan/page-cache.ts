/**
 * The folder of the preview's page cache (Astro's `cacheDir` in preview builds, lib/page-cache-key.ts) and its one
 * rule of soundness. Astro overwrites a page's cached copy as soon as it renders the page, but writes the keys of the
 * copies only when every page is done: a build stopped in between leaves copies newer than their keys, and a later
 * build whose key is the old one again (an editor's change undone) would copy the newer page. So a build marks the
 * folder while it runs, and a build that finds the mark of one that never finished starts from an empty folder.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildPlan } from './build-plan.ts';

/** The mark of a build that has not finished rendering its pages. */
export const UNFINISHED = 'unfinished';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The file in an output folder's part of the cache that names the output folder, for `openPageCache`. */
const OUTPUT = 'output';
/** How long after its build began the pages of an output folder that is gone are kept. */
export const SWEEP_AFTER_MS = 60 * 60 * 1000;

/**
 * Where the preview's pages and their keys are kept: under the cache folder (STRATEGI_CACHE_DIR, else the site's
 * node_modules/.cache/strategi), a folder per output folder and in it one per content folder, so that two previews
 * of different content or into different folders never read or write each other's pages.
 */
export function pageCacheDir(plan: Pick<BuildPlan, 'cacheDir' | 'contentDir' | 'outDir'>, siteRoot: string): string {
  const cache = plan.cacheDir ?? path.join(siteRoot, 'node_modules', '.cache', 'strategi');
  return path.join(cache, 'preview-pages', digest(plan.outDir), digest(plan.contentDir));
}

/**
 * Before Astro reads the folder `dir` of a build into `outDir`: empties it when the build before did not finish and
 * marks this one as running; removes the pages kept for other content built into the same output folder, which this
 * build replaces, and those of output folders that are gone (a test's temporary folder) an hour after their build
 * began, so that the cache holds one preview's pages per output folder that exists.
 */
export async function openPageCache(dir: string, outDir: string): Promise<void> {
  if (existsSync(path.join(dir, UNFINISHED))) await rm(dir, { recursive: true, force: true });
  const output = path.dirname(dir);
  for (const other of await readdir(output).catch(() => [])) {
    if (other !== path.basename(dir) && other !== OUTPUT) await rm(path.join(output, other), { recursive: true, force: true });
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(output, OUTPUT), outDir);
  await writeFile(path.join(dir, UNFINISHED), '');
  const all = path.dirname(output);
  for (const other of await readdir(all)) {
    const file = path.join(all, other, OUTPUT);
    const named = await readFile(file, 'utf8').catch(() => undefined);
    // A build that has just started may not have made its output folder yet.
    if (named !== undefined && !existsSync(named) && Date.now() - (await stat(file)).mtimeMs > SWEEP_AFTER_MS)
      await rm(path.join(all, other), { recursive: true, force: true });
  }
}

/** Once Astro has written every page and the keys of their copies. */
export async function closePageCache(dir: string): Promise<void> {
  await rm(path.join(dir, UNFINISHED), { force: true });
}
