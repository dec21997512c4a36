import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Entry, walk } from './walk.ts';

/**
 * Where an edition's files come from. The tools read the disk; `strategi release` reads a snapshot of the bytes it
 * is about to freeze, so that it validates exactly what it writes; commands that add a file (`new`, `import`) read
 * the disk with their new files laid over it, so that they check the result in the whole edition before writing.
 */
export interface ContentSource {
  /** Everything under `root`, as `walk` lists it. */
  list(root: string, skipTopLevel: readonly string[]): Promise<Entry[]>;
  read(absolute: string): Promise<Uint8Array>;
}

export const diskSource: ContentSource = { list: walk, read: (absolute) => readFile(absolute) };

/** Files laid over another source: absolute path → bytes (a new or changed file) or null (a removed file). */
export function overlaySource(base: ContentSource, files: ReadonlyMap<string, Uint8Array | null>): ContentSource {
  return {
    async list(root, skipTopLevel) {
      const entries = (await base.list(root, skipTopLevel)).filter((entry) => files.get(entry.absolute) !== null);
      const known = new Set(entries.map((entry) => entry.absolute));
      for (const [absolute, bytes] of files) {
        if (bytes === null || known.has(absolute)) continue;
        const relative = path.relative(root, absolute).split(path.sep).join('/');
        if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
        if (skipTopLevel.includes(relative.split('/')[0]!)) continue;
        const parts = relative.split('/');
        for (let i = 1; i < parts.length; i++) {
          const folder = parts.slice(0, i).join('/');
          const folderAbsolute = path.join(root, folder);
          if (!known.has(folderAbsolute)) {
            entries.push({ absolute: folderAbsolute, relative: folder, type: 'directory', isDirectory: true });
            known.add(folderAbsolute);
          }
        }
        entries.push({ absolute, relative, type: 'file', isDirectory: false });
        known.add(absolute);
      }
      return entries.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
    },
    async read(absolute) {
      const bytes = files.get(absolute);
      if (bytes) return bytes;
      if (bytes === null) throw Object.assign(new Error(`ENOENT: ${absolute}`), { code: 'ENOENT' });
      return base.read(absolute);
    },
  };
}

/** A frozen set of files: `list` and `read` never touch the disk. */
export function snapshotSource(root: string, files: ReadonlyMap<string, Uint8Array>): ContentSource {
  return overlaySource(
    { list: async () => [], read: async (absolute) => Promise.reject(Object.assign(new Error(`ENOENT: ${absolute}`), { code: 'ENOENT' })) },
    new Map([...files].map(([relative, bytes]) => [path.join(root, relative), bytes])),
  );
}
