import { readdir, readlink } from 'node:fs/promises';
import path from 'node:path';

/** What an entry is. Symbolic links and special files are listed, never followed or read. */
export type EntryType = 'file' | 'directory' | 'symlink' | 'fifo' | 'socket' | 'device' | 'unreadable';

/** A file or folder found under a root, with its path relative to the root in forward slashes. */
export interface Entry {
  absolute: string;
  relative: string;
  type: EntryType;
  isDirectory: boolean;
  /** For a symbolic link: what it points to, as written in the link. */
  target?: string;
  /** For a symbolic link: true when it points outside the root. */
  outside?: boolean;
  /** For a folder that could not be listed: the system's error code. */
  reason?: string;
}

/**
 * Lists everything under `root`, depth first in name order, skipping hidden entries and the named top-level folders
 * (the working draft skips `versjoner`). A symbolic link is listed as one, with its target, and never followed, so
 * that nothing outside the root is ever read through it; a FIFO, a socket or a device is listed as what it is, and
 * never opened (reading a FIFO would wait for ever). A folder below the root that cannot be listed is listed as
 * unreadable; the root itself must be readable.
 */
export async function walk(root: string, skipTopLevel: readonly string[] = []): Promise<Entry[]> {
  const entries: Entry[] = [];
  async function visit(folder: string, relative: string): Promise<void> {
    const children = await readdir(folder, { withFileTypes: true });
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      if (child.name.startsWith('.')) continue;
      if (relative === '' && skipTopLevel.includes(child.name)) continue;
      const childRelative = relative ? `${relative}/${child.name}` : child.name;
      const absolute = path.join(folder, child.name);
      const entry = (type: EntryType, extra: Partial<Entry> = {}): Entry => ({
        absolute,
        relative: childRelative,
        type,
        isDirectory: type === 'directory',
        ...extra,
      });
      if (child.isDirectory()) {
        entries.push(entry('directory'));
        try {
          await visit(absolute, childRelative);
        } catch (error) {
          entries.push(entry('unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
        }
      } else if (child.isFile()) entries.push(entry('file'));
      else if (child.isSymbolicLink()) {
        const target = await readlink(absolute).catch(() => '?');
        const fromRoot = path.relative(root, path.resolve(folder, target));
        const outside = fromRoot.split(path.sep)[0] === '..' || path.isAbsolute(fromRoot);
        entries.push(entry('symlink', { target, outside }));
      } else if (child.isFIFO()) entries.push(entry('fifo'));
      else if (child.isSocket()) entries.push(entry('socket'));
      else entries.push(entry('device'));
    }
  }
  await visit(root, '');
  return entries;
}
