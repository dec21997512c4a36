/**
 * The archive cache (STRATEGI_CACHE_DIR): a folder per key holding one unit of output (a version, or a change page)
 * exactly as a build wrote it, with its manifest. The folder is untrusted (CI restores it from a shared store), so
 * the manifest is sealed with the cache secret, which is never in the folder (`seal.ts`): an entry is used only when
 * the seal of its key and manifest verifies and every file matches the manifest; anything else is thrown away and
 * the unit is built again. A sha256 beside the manifest would prove nothing: whoever edits a file can recompute it.
 */

import { constants } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CacheSecret } from '@strategi/model';
import { type ArchiveUnit, checkUnit, parseManifest, unitFiles, unitManifest } from './manifest.ts';
import { checkSeal, sealLine } from './seal.ts';

const ENTRY_MANIFEST = 'manifest.sha256';
const ENTRY_SEAL = 'manifest.sha256.hash';

const entryFolder = (cacheDir: string, key: string) => path.join(cacheDir, key);
/** The folder of an entry that holds the unit's files, at their paths in the site. */
export const entrySite = (cacheDir: string, key: string) => path.join(entryFolder(cacheDir, key), 'site');
/** What an entry's seal covers: its key, so that an entry cannot be moved under another, and its manifest. */
const sealed = (key: string, manifest: string) => ['archive entry', key, manifest];

/**
 * The manifest of a sound cache entry for `key`, or undefined when there is none, it was sealed under another key,
 * or it does not hold exactly what its sealed manifest lists (then it is removed). `problems` gets a line per thing
 * that was wrong; an entry of another key is stale, not wrong, and adds none.
 */
export async function soundEntry(cacheDir: string, key: string, unit: ArchiveUnit, secret: CacheSecret, problems: string[] = []): Promise<string | undefined> {
  const folder = entryFolder(cacheDir, key);
  const manifest = await readFile(path.join(folder, ENTRY_MANIFEST), 'utf8').catch(() => undefined);
  if (manifest === undefined) return undefined;
  const seal = checkSeal(secret, await readFile(path.join(folder, ENTRY_SEAL), 'utf8').catch(() => ''), ...sealed(key, manifest));
  const found = seal === 'sound' ? await checkUnit(entrySite(cacheDir, key), unit, manifest) : seal === 'forged' ? ["the manifest's seal does not verify"] : [];
  if (seal === 'sound' && found.length === 0) return manifest;
  problems.push(...found);
  await rm(folder, { recursive: true, force: true });
  return undefined;
}

/**
 * Writes a cached unit into the site folder `site`, file by file from its manifest (with the kernel's copy, a
 * reflink where the file system has them); a published manifest is never copied from the cache (the archive
 * computes it from the files in `site` once every unit is in). Copies, not hard links: a link would let a later change to the cache change
 * a site already built. Returns what was wrong: a listed file missing from the entry, a file the site already had
 * under the unit's folders, or copied files that are not what the sealed manifest (checked at the start of the
 * build, `soundEntry`) lists — the entry changed meanwhile. Empty means the unit in `site` is exactly the entry.
 */
export async function restoreEntry(cacheDir: string, key: string, unit: ArchiveUnit, manifest: string, site: string): Promise<string[]> {
  const from = entrySite(cacheDir, key);
  const expected = parseManifest(manifest);
  if (!expected) return ['the manifest is not a manifest'];
  const problems = (await unitFiles(site, unit)).map((file) => `${file} was already in the site`);
  const files = [...expected.keys()];
  for (const folder of new Set(files.map((file) => path.dirname(path.join(site, file))))) await mkdir(folder, { recursive: true });
  const place = (file: string) =>
    copyFile(path.join(from, file), path.join(site, file), constants.COPYFILE_FICLONE).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      problems.push(`${file} is missing`);
    });
  // A few dozen at a time: one after the other, the thousands of files of a large version wait on each other.
  for (let start = 0; start < files.length; start += RESTORE_BATCH) await Promise.all(files.slice(start, start + RESTORE_BATCH).map(place));
  const published = await unitManifest(site, unit);
  if (problems.length === 0 && published !== manifest) problems.push('the copied files are not what the manifest lists');
  return problems;
}

const RESTORE_BATCH = 64;

/** Stores a unit's output from `site` under `key`, written beside and renamed into place so no half entry is ever read. */
export async function storeEntry(cacheDir: string, key: string, unit: ArchiveUnit, site: string, manifest: string, secret: CacheSecret): Promise<void> {
  const final = entryFolder(cacheDir, key);
  const temporary = `${final}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  for (const folder of unit.folders) {
    await cp(path.join(site, folder), path.join(temporary, 'site', folder), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await mkdir(temporary, { recursive: true });
  await writeFile(path.join(temporary, ENTRY_MANIFEST), manifest);
  await writeFile(path.join(temporary, ENTRY_SEAL), sealLine(secret, ...sealed(key, manifest)));
  await rm(final, { recursive: true, force: true });
  await rename(temporary, final);
}
