import { readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE, VERSION_FILE, VERSIONS_FOLDER } from '@strategi/schema';

export type UndoResult =
  | { ok: true; folder: string; files: number; notes: string }
  | { ok: false; reason: 'not-found'; folder: string }
  | { ok: false; reason: 'committed'; folder: string }
  | { ok: false; reason: 'not-in-draft'; folder: string; files: string[] };

export interface UndoOptions {
  /**
   * True when the version's folder is in the repository's history (committed, so it may have been built and
   * published from there). The model knows no git; the command asks git and passes the answer.
   */
  committed: boolean;
}

/**
 * Takes back a release that was never committed: removes `versjoner/<id>/` when every file in it is also in the
 * working draft with the same bytes, so nothing is lost but the copy. A file that is only in the version (edited
 * there, or changed in the draft since) stops the undo, and is named, so that the editor can move the change into
 * the draft first. The folder is renamed to a hidden temporary name before it is removed: an interrupted undo
 * leaves the version whole or a left-over that the next release clears, never half a version.
 */
export async function undoRelease(contentFolder: string, id: string, options: UndoOptions): Promise<UndoResult> {
  const root = path.resolve(contentFolder);
  const folder = path.join(root, VERSIONS_FOLDER, id);
  if (id.includes('/') || id.includes('\\') || id.startsWith('.')) return { ok: false, reason: 'not-found', folder };
  const files = await listFiles(folder).catch(() => undefined);
  if (!files?.includes(VERSION_FILE)) return { ok: false, reason: 'not-found', folder };
  if (options.committed) return { ok: false, reason: 'committed', folder };

  const onlyHere: string[] = [];
  for (const relative of files) {
    if (relative === VERSION_FILE || relative === MANIFEST_FILE) continue;
    const frozen = await readFile(path.join(folder, relative));
    const draft = await readFile(path.join(root, relative)).catch(() => undefined);
    if (!draft || !frozen.equals(draft)) onlyHere.push(relative);
  }
  if (onlyHere.length > 0) return { ok: false, reason: 'not-in-draft', folder, files: onlyHere };

  const description = await readFile(path.join(folder, VERSION_FILE), 'utf8');
  const notes = description.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '').trim();
  const removing = path.join(root, VERSIONS_FOLDER, `.${id}.tmp-${process.pid}`);
  await rename(folder, removing);
  await rm(removing, { recursive: true, force: true });
  return { ok: true, folder, files: files.length - 2, notes };
}

/** Every file under `folder`, relative with forward slashes, sorted. */
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
