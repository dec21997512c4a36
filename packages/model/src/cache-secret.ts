/**
 * The secret that keys the checksums of every build cache (the parse cache here, the site's archive and PDF caches).
 * A cache folder is untrusted input: CI restores it from a shared store that another job may have written. A
 * checksum anyone can recompute proves nothing, so entries are sealed with an HMAC whose key is never kept in the
 * cache folder: `STRATEGI_CACHE_SECRET` when set (in CI a repository secret, which a restored cache cannot hold),
 * else a key generated once into the user's data folder. An entry sealed with another key is simply not used.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { writeNewFile } from './write/atomic.ts';

export interface CacheSecret {
  /** Who holds the key, for messages: the setting's name or the key file. */
  source: string;
  /** A short name of the key (not the key): entries sealed under another key are stale, not tampered with. */
  id: string;
  /** The HMAC-SHA256 of `parts` (joined unambiguously) under the key, as hex. */
  seal(...parts: (string | Uint8Array)[]): string;
  /** Whether `seal` is the seal of `parts`, compared in constant time. */
  verify(seal: string, ...parts: (string | Uint8Array)[]): boolean;
}

/** The key file: `$XDG_DATA_HOME/strategi/cache-secret`, by default under `~/.local/share`. */
export function cacheSecretFile(env: NodeJS.ProcessEnv = process.env): string {
  const data = env['XDG_DATA_HOME']?.trim() || path.join(env['HOME']?.trim() || homedir(), '.local', 'share');
  return path.join(data, 'strategi', 'cache-secret');
}

function secretOf(key: Uint8Array, source: string): CacheSecret {
  const seal = (...parts: (string | Uint8Array)[]) => {
    const mac = createHmac('sha256', key);
    // Each part is preceded by its length, so that no two lists of parts are read as the same bytes.
    for (const part of parts) {
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
      mac.update(`${bytes.byteLength}:`);
      mac.update(bytes);
    }
    return mac.digest('hex');
  };
  return {
    source,
    id: createHash('sha256').update('strategi cache key id\0').update(key).digest('hex').slice(0, 16),
    seal,
    verify: (given, ...parts) => {
      const expected = Buffer.from(seal(...parts), 'hex');
      const actual = Buffer.from(/^[0-9a-f]{64}$/.test(given) ? given : '', 'hex');
      return actual.byteLength === expected.byteLength && timingSafeEqual(actual, expected);
    },
  };
}

const loaded = new Map<string, Promise<CacheSecret>>();

/**
 * The cache secret of this machine or job. When the key file can neither be read nor made (a read-only home), the
 * key lives in this process only: every cache entry is then stale, which costs time, never correctness.
 */
export function cacheSecret(env: NodeJS.ProcessEnv = process.env): Promise<CacheSecret> {
  const setting = env['STRATEGI_CACHE_SECRET'];
  if (setting && setting.trim() !== '') return Promise.resolve(secretOf(Buffer.from(setting, 'utf8'), 'STRATEGI_CACHE_SECRET'));
  const file = cacheSecretFile(env);
  let secret = loaded.get(file);
  if (!secret) {
    secret = readOrMakeKey(file).then(
      (key) => secretOf(key, file),
      () => secretOf(randomBytes(32), 'this process'),
    );
    loaded.set(file, secret);
  }
  return secret;
}

/** The key in `file`, made first when there is none; two processes making it at once agree on the one linked first. */
async function readOrMakeKey(file: string): Promise<Uint8Array> {
  const read = async () => {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'hex');
    if (key.byteLength < 32) throw new Error(`${file} does not hold a key`);
    return key;
  };
  try {
    return await read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // The folder is the user's alone: the key in it must not be readable by other accounts on the machine.
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // `mode` holds only for a folder mkdir makes: one that was there already is closed too, before the key is written.
  await chmod(path.dirname(file), 0o700);
  await writeNewFile(file, `${randomBytes(32).toString('hex')}\n`).then(
    () => chmod(file, 0o600),
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return read();
}
