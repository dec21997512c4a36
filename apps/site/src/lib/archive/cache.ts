/**
 * The archive cache (STRATEGI_CACHE_DIR): a folder per version key holding the version's output exactly as a
 * build wrote it, with its manifest. An entry is used only when every file matches the manifest and the manifest
 * matches the hash recorded beside it; anything else is thrown away and the version is built again.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkAgainstManifest, versionFolders } from './manifest.ts';

const ENTRY_MANIFEST = 'manifest.sha256';
const ENTRY_SEAL = 'manifest.sha256.hash';

const entryFolder = (cacheDir: string, key: string) => path.join(cacheDir, key);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The manifest of a sound cache entry for `key`, or undefined when there is none or it does not hold exactly what
 * its manifest lists (then it is removed). `problems` gets a line per file that was wrong.
 */
export async function soundEntry(cacheDir: string, key: string, editionId: string, problems: string[] = []): Promise<string | undefined> {
  const folder = entryFolder(cacheDir, key);
  const manifest = await readFile(path.join(folder, ENTRY_MANIFEST), 'utf8').catch(() => undefined);
  if (manifest === undefined) return undefined;
  const seal = await readFile(path.join(folder, ENTRY_SEAL), 'utf8').catch(() => '');
  const found = seal.trim() === sha256(manifest) ? await checkAgainstManifest(path.join(folder, 'site'), editionId, manifest) : ['the manifest has changed'];
  if (found.length === 0) return manifest;
  problems.push(...found);
  await rm(folder, { recursive: true, force: true });
  return undefined;
}

/** Copies a cached version's output into the site folder `site`. */
export async function restoreEntry(cacheDir: string, key: string, editionId: string, site: string): Promise<void> {
  const from = path.join(entryFolder(cacheDir, key), 'site');
  for (const folder of versionFolders(editionId)) {
    await cp(path.join(from, folder), path.join(site, folder), { recursive: true, force: true, errorOnExist: false }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/** Stores a version's output from `site` under `key`, written beside and renamed into place so no half entry is ever read. */
export async function storeEntry(cacheDir: string, key: string, editionId: string, site: string, manifest: string): Promise<void> {
  const final = entryFolder(cacheDir, key);
  const temporary = `${final}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  for (const folder of versionFolders(editionId)) {
    await cp(path.join(site, folder), path.join(temporary, 'site', folder), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await mkdir(temporary, { recursive: true });
  await writeFile(path.join(temporary, ENTRY_MANIFEST), manifest);
  await writeFile(path.join(temporary, ENTRY_SEAL), `${sha256(manifest)}\n`);
  await rm(final, { recursive: true, force: true });
  await rename(temporary, final);
}
