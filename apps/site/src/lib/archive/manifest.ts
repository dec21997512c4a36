/**
 * The integrity manifest of a version: the sha256 of every file the version's output holds, in the format of
 * `sha256sum` (paths relative to the site's root), published as `/versjoner/<id>/sha256sum.txt`. Anyone can check
 * an archived copy with `sha256sum -c versjoner/<id>/sha256sum.txt` in the site's folder; the build checks the
 * output it takes from the cache against it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VERSIONS_PATH } from '../urls.ts';

export const MANIFEST_NAME = 'sha256sum.txt';

/** `/versjoner/<id>/sha256sum.txt`. */
export function manifestPath(editionId: string): string {
  return `/${VERSIONS_PATH}/${editionId}/${MANIFEST_NAME}`;
}

/** The folders (relative to the site's root) that hold a version's output: its pages and search index, and its open data. */
export function versionFolders(editionId: string): string[] {
  return [`${VERSIONS_PATH}/${editionId}`, `data/${editionId}`];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under the version's folders in `site`, relative to `site` with forward slashes, sorted, the manifest left out. */
export async function versionFiles(site: string, editionId: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of versionFolders(editionId)) {
    const entries = await readdir(path.join(site, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const relative = path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (relative !== manifestPath(editionId).slice(1)) files.push(relative);
    }
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The manifest text of the version's output in `site`. */
export async function computeManifest(site: string, editionId: string): Promise<string> {
  const lines: string[] = [];
  for (const file of await versionFiles(site, editionId)) lines.push(`${sha256(await readFile(path.join(site, file)))}  ${file}`);
  return `${lines.join('\n')}\n`;
}

/** The hashes of a manifest by path; undefined when a line is not `<64 hex>  <path>`. */
export function parseManifest(text: string): Map<string, string> | undefined {
  const hashes = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match || hashes.has(match[2]!)) return undefined;
    hashes.set(match[2]!, match[1]!);
  }
  return hashes;
}

/**
 * What differs between the version's output in `site` and `manifest`: files missing, changed or not listed.
 * Empty when the output is exactly what the manifest says.
 */
export async function checkAgainstManifest(site: string, editionId: string, manifest: string): Promise<string[]> {
  const expected = parseManifest(manifest);
  if (!expected) return [`${manifestPath(editionId)} is not a manifest`];
  const found = await versionFiles(site, editionId);
  const problems: string[] = [];
  for (const file of found) {
    const hash = expected.get(file);
    if (hash === undefined) problems.push(`${file} is not in the manifest`);
    else if (hash !== sha256(await readFile(path.join(site, file)))) problems.push(`${file} has changed`);
  }
  const present = new Set(found);
  for (const file of expected.keys()) if (!present.has(file)) problems.push(`${file} is missing`);
  return problems;
}
