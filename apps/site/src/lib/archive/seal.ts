/**
 * Seals for the site's caches (the archive and the PDFs): one line, `<key id> <HMAC>`, under the cache secret kept
 * outside the cache folder (`cacheSecret` in the model). Without the key nobody can seal an entry the build will
 * use, so an edited entry with a recomputed manifest is found out like any other change.
 */
import type { CacheSecret } from '@strategi/model';

/** The seal of `parts` as stored beside an entry. */
export function sealLine(secret: CacheSecret, ...parts: (string | Uint8Array)[]): string {
  return `${secret.id} ${secret.seal(...parts)}\n`;
}

/**
 * What a stored seal says of `parts`: `sound`; `stale`, sealed under another key (another machine, or a CI job
 * without the secret), which is not a sign of tampering; or `forged`.
 */
export function checkSeal(secret: CacheSecret, line: string, ...parts: (string | Uint8Array)[]): 'sound' | 'stale' | 'forged' {
  const [id, mac, ...rest] = line.trim().split(' ');
  if (id !== secret.id) return rest.length === 0 && mac !== undefined && /^[0-9a-f]{16}$/.test(id ?? '') ? 'stale' : 'forged';
  return rest.length === 0 && mac !== undefined && secret.verify(mac, ...parts) ? 'sound' : 'forged';
}
