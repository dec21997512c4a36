/**
 * PDFs kept between builds, one file per input hash (`<dir>/<hash>.pdf`). The folder is `pdf/` under
 * STRATEGI_CACHE_DIR when that is set (the site's per-version output cache), else under the site's
 * node_modules/.cache. Files are written to a temporary name and renamed, so a stopped build never leaves half a PDF.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const siteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The cache folder for PDFs: `STRATEGI_CACHE_DIR/pdf`, or `apps/site/node_modules/.cache/strategi/pdf`. */
export function pdfCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const root = env['STRATEGI_CACHE_DIR'] ? path.resolve(env['STRATEGI_CACHE_DIR']) : path.join(siteRoot, 'node_modules', '.cache', 'strategi');
  return path.join(root, 'pdf');
}

export interface PdfCache {
  get(key: string): Uint8Array | undefined;
  put(key: string, bytes: Uint8Array): void;
}

export function pdfCache(dir: string): PdfCache {
  const file = (key: string) => path.join(dir, `${key}.pdf`);
  return {
    get(key) {
      try {
        return readFileSync(file(key));
      } catch {
        return undefined;
      }
    },
    put(key, bytes) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, file(key));
    },
  };
}
