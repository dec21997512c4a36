import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Writes bytes to a file and flushes them to disk before returning, so that a rename after it is durable. */
async function writeDurably(file: string, data: string | Uint8Array, flag: 'wx' | 'w'): Promise<void> {
  const handle = await open(file, flag);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A hidden temporary name beside the file, unique to one write: two writes of the same file at once (two saves in
 * one server) must not share a temporary file, or one renames the other's half-written text into place.
 */
const temporaryBeside = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

/** Names the file the user asked for in a file-system error, not the temporary one. */
function renameError(error: unknown, file: string): unknown {
  if (error && typeof error === 'object' && 'path' in error) (error as NodeJS.ErrnoException).path = file;
  return error;
}

/**
 * Writes a new file and never overwrites one: the text goes to a hidden temporary file beside it, which is then
 * hard-linked to the final name in one step (a link fails with EEXIST rather than replace a file). Readers see the
 * whole file or none of it, and a failure leaves nothing behind.
 */
export async function writeNewFile(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = temporaryBeside(file);
  try {
    await writeDurably(temporary, data, 'wx');
    await link(temporary, file);
  } catch (error) {
    throw renameError(error, file);
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** Writes several new files, all or none: if one cannot be written, those already written are removed again. */
export async function writeNewFiles(files: readonly { file: string; data: string | Uint8Array }[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const { file, data } of files) {
      await writeNewFile(file, data);
      written.push(file);
    }
  } catch (error) {
    await Promise.all(written.map((file) => unlink(file).catch(() => undefined)));
    throw error;
  }
}

/** Replaces a file's content in one step (temporary file, then rename): readers see the old file or the new one. */
export async function replaceFile(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryBeside(file);
  try {
    await writeDurably(temporary, data, 'w');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw renameError(error, file);
  }
}
