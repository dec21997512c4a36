/**
 * The key that signs share links: `STRATEGI_REVIEW_SECRET`, or a random key generated once into the data folder
 * (readable by its owner only). Every server and the CLI must use the same key: with PostgreSQL and more than
 * one server, set the variable.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SECRET_FILE = 'hemmelig-nokkel';

export class SecretError extends Error {}

export function loadSecret(env: NodeJS.ProcessEnv, dataDir: string): Uint8Array {
  const fromEnv = env['STRATEGI_REVIEW_SECRET'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) throw new SecretError('STRATEGI_REVIEW_SECRET er for kort: den må ha minst 32 tegn.');
    return new TextEncoder().encode(fromEnv);
  }
  const file = path.join(dataDir, SECRET_FILE);
  try {
    return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  try {
    // 'wx': two processes starting at once must not each write their own key.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
  }
  return new TextEncoder().encode(secret);
}
