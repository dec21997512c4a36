import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** A file or folder found under a root, with its path relative to the root in forward slashes. */
export interface Entry {
  absolute: string;
  relative: string;
  isDirectory: boolean;
}

/**
 * Lists everything under `root`, depth first in name order, skipping hidden entries and the named
 * top-level folders (the working draft skips `versjoner`).
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
      if (child.isDirectory()) {
        entries.push({ absolute, relative: childRelative, isDirectory: true });
        await visit(absolute, childRelative);
      } else if (child.isFile()) {
        entries.push({ absolute, relative: childRelative, isDirectory: false });
      }
    }
  }
  await visit(root, '');
  return entries;
}
