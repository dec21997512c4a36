/**
 * The key the service signs its forms with. Every instance behind one address must have the same key, or a form
 * one issued is refused by the next: `STRATEGI_HORING_SECRET` (at least 32 characters), or a file in the data
 * folder made once with a random key and read by every instance that shares the folder.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeNewFile } from '@strategi/model';

const SECRET_FILE = 'horing-nokkel';

export async function loadSecret(env: NodeJS.ProcessEnv, dataDir: string): Promise<Uint8Array> {
  const fromEnv = env['STRATEGI_HORING_SECRET'];
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('STRATEGI_HORING_SECRET er for kort: den må ha minst 32 tegn.');
    return new TextEncoder().encode(fromEnv);
  }
  const file = path.join(dataDir, SECRET_FILE);
  // Only the service's user may enter the folder, so the key is never readable by others, even for a moment.
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  try {
    await writeNewFile(file, randomBytes(32).toString('base64url'));
    await chmod(file, 0o600);
  } catch (error) {
    // Another instance made it first; that key is the one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return new TextEncoder().encode((await readFile(file, 'utf8')).trim());
}
