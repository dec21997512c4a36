/**
 * PDFs kept between builds, one file per input hash (`<dir>/<hash>.pdf`). The folder is `pdf/` under
 * STRATEGI_CACHE_DIR when that is set (the site's per-version output cache), else under the site's
 * node_modules/.cache. Files are written to a temporary name and renamed, so a stopped build never leaves half a PDF.
 * Each PDF has a seal beside it (`<hash>.pdf.seal`, the cache secret's HMAC of the key and the bytes): the folder is
 * untrusted, and a PDF whose seal does not verify is printed again instead of published.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CacheSecret } from '@strategi/model';
import { checkSeal, sealLine } from '../lib/archive/seal.ts';

/** The cache folder for PDFs: `pdf/` in the plan's cache folder, or `<siteRoot>/node_modules/.cache/strategi/pdf`. */
export function pdfCacheDir(cacheDir: string | undefined, siteRoot: string): string {
  return path.join(cacheDir ?? path.join(siteRoot, 'node_modules', '.cache', 'strategi'), 'pdf');
}

export interface PdfCache {
  /** The PDF kept under `key`, when its seal verifies. */
  get(key: string): Uint8Array | undefined;
  put(key: string, bytes: Uint8Array): void;
}

const writeAtomic = (file: string, bytes: Uint8Array | string) => {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
};

export function pdfCache(dir: string, secret: CacheSecret): PdfCache {
  const file = (key: string) => path.join(dir, `${key}.pdf`);
  const sealed = (key: string, bytes: Uint8Array) => ['pdf', key, bytes];
  return {
    get(key) {
      try {
        const bytes = readFileSync(file(key));
        return checkSeal(secret, readFileSync(`${file(key)}.seal`, 'utf8'), ...sealed(key, bytes)) === 'sound' ? bytes : undefined;
      } catch {
        return undefined;
      }
    },
    put(key, bytes) {
      mkdirSync(dir, { recursive: true });
      // The PDF first: a stop between the two leaves an old seal, which the new bytes do not match.
      writeAtomic(file(key), bytes);
      writeAtomic(`${file(key)}.seal`, sealLine(secret, ...sealed(key, bytes)));
    },
  };
}
