/**
 * The integrity manifest of archived output: the sha256 of every file, in the format of `sha256sum` (paths relative
 * to the site's root). A version publishes its own as `/versjoner/<id>/sha256sum.txt`, so anyone can check an
 * archived copy with `sha256sum -c versjoner/<id>/sha256sum.txt` in the site's folder; the build checks the output it
 * takes from the cache against the manifest stored with it (a version's, or a change page's).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VERSIONS_PATH } from '../urls.ts';

export const MANIFEST_NAME = 'sha256sum.txt';

/** Output that is archived as one piece: the folders (relative to the site's root) it owns, and a file left out of its manifest. */
export interface ArchiveUnit {
  folders: string[];
  /** The unit's published manifest, which cannot list itself. */
  manifestFile?: string;
}

/** `/versjoner/<id>/sha256sum.txt`. */
export function manifestPath(editionId: string): string {
  return `/${VERSIONS_PATH}/${editionId}/${MANIFEST_NAME}`;
}

/**
 * A version's output, which its published manifest lists: its pages and search index, and its open data. They are
 * cached as two units (`pagesUnit`, `dataUnit`): the current version's open data counts the progress reports, as
 * the root's pages do, and a new report renders it again while the archived pages stay.
 */
function versionUnit(editionId: string): ArchiveUnit {
  return { folders: [...pagesUnit(editionId).folders, ...dataUnit(editionId).folders], manifestFile: manifestPath(editionId).slice(1) };
}

/** A version's archived pages and search index (`versjoner/<id>/`), its published manifest left out. */
export function pagesUnit(editionId: string): ArchiveUnit {
  return { folders: [`${VERSIONS_PATH}/${editionId}`], manifestFile: manifestPath(editionId).slice(1) };
}

/** A version's open data (`data/<id>/`). */
export function dataUnit(editionId: string): ArchiveUnit {
  return { folders: [`data/${editionId}`] };
}

/** A change page's name in the archive plan and the cache's log lines: `<from>/<to>`. */
export const changePair = (fromId: string, toId: string) => `${fromId}/${toId}`;

/** A change page's output: its folder (`endringer/<from>/<to>/`, with any pages under it); it publishes no manifest. */
export function changeUnit(pair: string): ArchiveUnit {
  return { folders: [`endringer/${pair}`] };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file of `unit` in `site`, relative to `site` with forward slashes, sorted, its manifest left out. */
export async function unitFiles(site: string, unit: ArchiveUnit): Promise<string[]> {
  const files: string[] = [];
  for (const folder of unit.folders) {
    const entries = await readdir(path.join(site, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const relative = path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (relative !== unit.manifestFile) files.push(relative);
    }
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The manifest text of `unit`'s output in `site`. */
export async function unitManifest(site: string, unit: ArchiveUnit): Promise<string> {
  const lines: string[] = [];
  for (const file of await unitFiles(site, unit)) lines.push(`${sha256(await readFile(path.join(site, file)))}  ${file}`);
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
 * What differs between `unit`'s output in `site` and `manifest`: files missing, changed or not listed. Empty when
 * the output is exactly what the manifest says.
 */
export async function checkUnit(site: string, unit: ArchiveUnit, manifest: string): Promise<string[]> {
  const expected = parseManifest(manifest);
  if (!expected) return [`${unit.manifestFile ?? unit.folders.join(', ')}: not a manifest`];
  const found = await unitFiles(site, unit);
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

/** The manifest text of a version's output in `site`. */
export const computeManifest = (site: string, editionId: string) => unitManifest(site, versionUnit(editionId));
/** What differs between a version's output in `site` and its manifest. */
export const checkAgainstManifest = (site: string, editionId: string, manifest: string) => checkUnit(site, versionUnit(editionId), manifest);
