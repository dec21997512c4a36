import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createProblem, type Problem } from '@strategi/problems';

/** Largest CSV file read. A spreadsheet of a few thousand rows is well under 1 MB. */
export const maxCsvBytes = 10 * 1024 * 1024;

/**
 * The bytes of a regular file of at most `limit` bytes, or the problem that stops it being read. The file is
 * opened without blocking and checked through its handle before a byte is read, so that a folder, a device
 * (`/dev/zero`), a FIFO with no writer or a huge file is refused at once, and a swap after the check cannot slip by.
 */
export async function readCsvBytes(absolute: string, shown: string, limit = maxCsvBytes): Promise<{ bytes: Uint8Array } | { problem: Problem }> {
  let handle: FileHandle;
  try {
    handle = await open(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { problem: unreadable(error as NodeJS.ErrnoException, shown) };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { problem: createProblem('csv/not-a-file', { what: describeKind(stats) }, shown) };
    if (stats.size > limit) return { problem: createProblem('csv/too-large', { size: stats.size, limit }, shown) };
    // Read at most one byte past the limit: a file that grew after the check is still refused, not read whole.
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) return { problem: createProblem('csv/too-large', { size: length, limit }, shown) };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: unreadable(error as NodeJS.ErrnoException, shown) };
  } finally {
    await handle.close();
  }
}

function describeKind(stats: {
  isDirectory(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
}): string {
  if (stats.isDirectory()) return 'en mappe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'en enhet (som /dev/zero)';
  if (stats.isFIFO()) return 'et navngitt rør (FIFO)';
  if (stats.isSocket()) return 'en socket';
  return 'en spesialfil';
}

const reasons: Record<string, string> = {
  ENOENT: 'filen finnes ikke',
  EACCES: 'mangler lesetilgang',
  EPERM: 'mangler tillatelse',
  ENOTDIR: 'en del av stien er en fil, ikke en mappe',
  ELOOP: 'stien har en sløyfe av symbolske lenker',
  ENAMETOOLONG: 'stien er for lang',
  EISDIR: 'det er en mappe',
  EIO: 'lesefeil på disken',
};

function unreadable(error: NodeJS.ErrnoException, shown: string): Problem {
  return createProblem('file/unreadable', { reason: reasons[error.code ?? ''] ?? `systemfeil ${error.code ?? 'ukjent'}` }, shown);
}
