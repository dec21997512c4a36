/**
 * PDFs kept between builds, one file per input hash (`<dir>/<hash>.pdf`). The folder is `pdf/` under
 * STRATEGI_CACHE_DIR when that is set (the site's per-version output cache), else under the site's
 * node_modules/.cache. Files are written to a temporary name and renamed, so a stopped build never leaves half a PDF.
 * Each PDF has a seal beside it (`<hash>.pdf.seal`, the cache secret's HMAC of the key and the bytes): the folder is
 * untrusted, and a PDF whose seal does not verify is printed again instead of published.
 *
 * Each change to a draft makes a new PDF, so a cache that only grew would fill the disk of an editor's server that
 * builds a preview at every save. After each build the cache keeps what that build used and the `SPARE_PDFS` used
 * most recently before it (a hit marks a PDF used), and removes the rest.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
  /** Removes every PDF but those under `used` and the `spare` others used most recently; returns how many went. */
  prune(used: ReadonlySet<string>, spare?: number): number;
}

/** How many PDFs a build did not use the cache keeps, for the builds that come back to them (public, preview, an undo). */
const SPARE_PDFS = 64;

/** A cached PDF's name: its key (an input hash) and `.pdf`. Nothing else in the folder is touched. */
const CACHED_PDF = /^([0-9A-Za-z_-]+)\.pdf$/;

const writeAtomic = (file: string, bytes: Uint8Array | string) => {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
};

/** When a cached PDF was last written or used; 0 when another build removed it meanwhile. */
function lastUsed(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

export function pdfCache(dir: string, secret: CacheSecret): PdfCache {
  const file = (key: string) => path.join(dir, `${key}.pdf`);
  const sealed = (key: string, bytes: Uint8Array) => ['pdf', key, bytes];
  return {
    get(key) {
      try {
        const bytes = readFileSync(file(key));
        if (checkSeal(secret, readFileSync(`${file(key)}.seal`, 'utf8'), ...sealed(key, bytes)) !== 'sound') return undefined;
        const now = new Date();
        utimesSync(file(key), now, now);
        return bytes;
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
    prune(used, spare = SPARE_PDFS) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return 0;
      }
      const others = names
        .map((name) => CACHED_PDF.exec(name)?.[1])
        .filter((key): key is string => key !== undefined && !used.has(key))
        .map((key) => ({ key, used: lastUsed(file(key)) }))
        .sort((a, b) => b.used - a.used)
        .slice(spare);
      for (const { key } of others) {
        // The seal first: a stop between the two leaves a PDF without a seal, which is never used and goes next time.
        rmSync(`${file(key)}.seal`, { force: true });
        rmSync(file(key), { force: true });
      }
      return others.length;
    },
  };
}
