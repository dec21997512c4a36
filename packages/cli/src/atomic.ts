import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a new file and never overwrites one: the text goes to a hidden temporary file beside it, which is then
 * hard-linked to the final name in one step (a link fails with EEXIST rather than replace a file). Readers see
 * the whole file or none of it, and a failure leaves nothing behind.
 */
export async function writeNewFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await link(temporary, file);
  } catch (error) {
    // Name the file the user asked for, not the temporary one.
    if (error && typeof error === 'object' && 'path' in error) (error as NodeJS.ErrnoException).path = file;
    throw error;
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
