import { type BigIntStats, constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createProblem, type Problem } from '@strategi/problems';

/** What tells one state of a file from another: which file it is, its size and when it was last written. */
interface Stamp {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

const stampOf = (stats: BigIntStats): Stamp => ({ ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs });
const same = (a: Stamp, b: Stamp) => a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/** A file to read: where it is, and how problems name it. */
export interface StableFile {
  absolute: string;
  file: string;
}

/**
 * Reads files that must not be caught half-saved (what a release freezes). An editor's program may save a file in
 * two writes, and a read between them sees half of it; so each file's size, modification time and inode are taken
 * before and after its read, and the read must match them. A save that lands later, while the files are checked,
 * is found by `moved()`, which the caller asks just before it writes: it stamps every file again. A file caught
 * changing is a problem (`file/changed-while-read`), never a half file frozen in silence.
 */
export async function readStable(files: readonly StableFile[], map: <T>(items: readonly T[], each: (item: T) => Promise<void>) => Promise<unknown>) {
  const bytes = new Map<string, Uint8Array>();
  const stamps = new Map<string, Stamp>();
  // The files are read side by side; their problems are reported in the files' order, not the order reads finish.
  const inOrder = (caught: ReadonlySet<string>): Problem[] =>
    files.filter(({ absolute }) => caught.has(absolute)).map(({ file }) => createProblem('file/changed-while-read', {}, file));
  const unread = new Set<string>();
  await map(files, async ({ absolute }) => {
    const read = await readOnce(absolute);
    if (read) {
      bytes.set(absolute, read.bytes);
      stamps.set(absolute, read.stamp);
    } else unread.add(absolute);
  });
  const problems = inOrder(unread);
  /** The problems of files whose stamp has moved since they were read. */
  const moved = async (): Promise<Problem[]> => {
    const changed = new Set<string>();
    await map(files, async ({ absolute }) => {
      const before = stamps.get(absolute);
      const now = await stat(absolute, { bigint: true }).then(stampOf, () => undefined);
      if (before && (!now || !same(before, now))) changed.add(absolute);
    });
    return inOrder(changed);
  };
  return { bytes, problems, moved };
}

/** One file's bytes with the stamp they were read under; undefined when the file changed during the read. */
async function readOnce(absolute: string): Promise<{ bytes: Uint8Array; stamp: Stamp } | undefined> {
  // Gone, or made a symbolic link, since the folder was listed: changed too.
  const handle = await open(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ELOOP') return undefined;
    throw error;
  });
  if (!handle) return undefined;
  try {
    const before = stampOf(await handle.stat({ bigint: true }));
    const bytes = await handle.readFile();
    const after = stampOf(await handle.stat({ bigint: true }));
    // The path may have been given a new file (a save by rename) while this one was read.
    const named = await stat(absolute, { bigint: true }).then(stampOf, () => undefined);
    if (!same(before, after) || !named || !same(after, named) || BigInt(bytes.length) !== after.size) return undefined;
    return { bytes, stamp: after };
  } finally {
    await handle.close();
  }
}
