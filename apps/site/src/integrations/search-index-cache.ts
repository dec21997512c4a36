/**
 * The preview's search indexes kept between its builds. An index is Pagefind's output for the exact bytes of the
 * pages it reads, so when every one of those pages is the same as in the last preview — a released version's pages
 * after an editor saved the draft — the last index is copied instead of made again. One index is kept per version
 * (and one for the root), in the preview's page cache folder (plan/page-cache.ts), whose clean-up it shares: a build
 * that never finished empties that folder, and an index is only ever replaced whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version of the Pagefind installed, from its package.json (which its exports do not list). */
function installedPagefind(): string {
  let folder = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  for (;;) {
    const file = path.join(folder, 'package.json');
    const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string }) : undefined;
    if (manifest?.name === 'pagefind') return manifest.version;
    if (path.dirname(folder) === folder) throw new Error('Pagefind’s package.json was not found');
    folder = path.dirname(folder);
  }
}
const pagefindVersion = installedPagefind();

/** The folder of the kept indexes in a preview's page cache folder. */
export const SEARCH_INDEX_FOLDER = 'strategi-search';

/** What a kept index says about itself. */
interface Kept {
  key: string;
  pages: number;
}

/** Every HTML file under `site`'s entries `names` (folders searched through, files taken as they are), relative and sorted. */
export async function htmlFiles(site: string, names: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    const entries = await readdir(path.join(site, name), { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (entries === undefined) {
      if (name.endsWith('.html')) files.push(name);
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.html')) files.push(path.relative(site, path.join(entry.parentPath, entry.name)));
    }
  }
  return files.sort();
}

/** The key of an index: Pagefind's version, its settings, and the name and bytes of every page it reads. */
export async function searchIndexKey(site: string, files: readonly string[], settings: string): Promise<string> {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion}\n${settings}\n`);
  for (const file of files) {
    const bytes = await readFile(path.join(site, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Writes the index `slot` (a version's id, or the root's name) into `outputPath`: copied from `cacheDir` when it was
 * kept for the same key, else made by `index` and kept. Returns the pages it indexed and whether it was copied.
 */
export async function cachedSearchIndex(
  cacheDir: string,
  slot: string,
  key: string,
  outputPath: string,
  index: () => Promise<number>,
): Promise<{ pages: number; copied: boolean }> {
  const folder = path.join(cacheDir, SEARCH_INDEX_FOLDER, slot);
  const kept = await readFile(path.join(folder, 'kept.json'), 'utf8')
    .then((text) => JSON.parse(text) as Kept)
    .catch(() => undefined);
  if (kept?.key === key) {
    await cp(path.join(folder, 'pagefind'), outputPath, { recursive: true });
    return { pages: kept.pages, copied: true };
  }
  const pages = await index();
  // Made beside the kept one and renamed into place, so a build stopped here leaves the old index or the new one.
  const fresh = `${folder}.${process.pid}.tmp`;
  await rm(fresh, { recursive: true, force: true });
  await mkdir(fresh, { recursive: true });
  await cp(outputPath, path.join(fresh, 'pagefind'), { recursive: true });
  await writeFile(path.join(fresh, 'kept.json'), JSON.stringify({ key, pages } satisfies Kept));
  await rm(folder, { recursive: true, force: true });
  await rename(fresh, folder);
  return { pages, copied: false };
}
