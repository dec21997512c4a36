/**
 * The archive cache (STRATEGI_CACHE_DIR): a folder per key holding one unit of output (a version, or a change page)
 * exactly as a build wrote it, with its manifest. An entry is used only when every file matches the manifest and the
 * manifest matches the hash recorded beside it; anything else is thrown away and the unit is built again.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ArchiveUnit, checkUnit, parseManifest, unitFiles } from './manifest.ts';

const ENTRY_MANIFEST = 'manifest.sha256';
const ENTRY_SEAL = 'manifest.sha256.hash';

const entryFolder = (cacheDir: string, key: string) => path.join(cacheDir, key);
/** The folder of an entry that holds the unit's files, at their paths in the site. */
export const entrySite = (cacheDir: string, key: string) => path.join(entryFolder(cacheDir, key), 'site');
const textHash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The manifest of a sound cache entry for `key`, or undefined when there is none or it does not hold exactly what
 * its manifest lists (then it is removed). `problems` gets a line per file that was wrong.
 */
export async function soundEntry(cacheDir: string, key: string, unit: ArchiveUnit, problems: string[] = []): Promise<string | undefined> {
  const folder = entryFolder(cacheDir, key);
  const manifest = await readFile(path.join(folder, ENTRY_MANIFEST), 'utf8').catch(() => undefined);
  if (manifest === undefined) return undefined;
  const seal = await readFile(path.join(folder, ENTRY_SEAL), 'utf8').catch(() => '');
  const found = seal.trim() === textHash(manifest) ? await checkUnit(entrySite(cacheDir, key), unit, manifest) : ['the manifest has changed'];
  if (found.length === 0) return manifest;
  problems.push(...found);
  await rm(folder, { recursive: true, force: true });
  return undefined;
}

/**
 * Writes a cached unit into the site folder `site`, file by file from its manifest (with the kernel's copy, a
 * reflink where the file system has them), then the unit's published manifest. Copies, not hard links: a link
 * would let a later change to the cache change a site already built. The entry was found sound — every byte
 * hashed against the manifest — at the start of this build (`soundEntry`), so it is not read again here.
 * Returns what was wrong: a listed file missing from the entry, or a file the site already had under the unit's
 * folders. Empty means the unit in `site` is exactly the entry.
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
  if (unit.manifestFile) await writeFile(path.join(site, unit.manifestFile), manifest);
  return problems;
}

const RESTORE_BATCH = 64;

/** Stores a unit's output from `site` under `key`, written beside and renamed into place so no half entry is ever read. */
export async function storeEntry(cacheDir: string, key: string, unit: ArchiveUnit, site: string, manifest: string): Promise<void> {
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
  await writeFile(path.join(temporary, ENTRY_SEAL), `${textHash(manifest)}\n`);
  await rm(final, { recursive: true, force: true });
  await rename(temporary, final);
}
