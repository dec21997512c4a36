/**
 * What one edition's PDF is made from, read from the built folder: its print source of the whole document, the
 * colophon's facts and the cache key of the two with the step's settings. The step (build-pdfs.ts) and the
 * typesetting ahead of it (typeset-ahead.ts) read it the same way, so that a key names the same input in both.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { editionBase } from '../lib/urls.ts';
import { WHOLE_PRINT_PATH } from '../lib/whole-document.ts';
import { type ColophonSource, colophonSource } from './colophon.ts';
import { pdfInputHash } from './input-hash.ts';
import { distFile } from './serve-dist.ts';
import { LOCAL_ORIGIN } from './site-links.ts';

export interface PrintInput {
  /** The print source's path on the site, for messages. */
  pagePath: string;
  html: string;
  colophon: ColophonSource;
  /** The input hash: the cache key of the PDF. */
  key: string;
}

/** The folder of an edition's print source under `dist`. */
export const printSourceFolder = (dist: string, id: string) => path.join(dist, editionBase(id), WHOLE_PRINT_PATH);

/**
 * The input of edition `id`'s PDF; `html` is its print source when the caller has read it already. `origin` is the
 * site's (undefined when unknown), `mode` the build's.
 */
export function printInput(dist: string, id: string, settings: { origin: string | undefined; mode: string }, html?: string): PrintInput {
  const source = html ?? readFileSync(path.join(printSourceFolder(dist, id), 'index.html'), 'utf8');
  const base = settings.origin ?? LOCAL_ORIGIN;
  const readAsset = (href: string) => {
    const file = distFile(dist, new URL(href, base).pathname);
    return file && existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const colophon = colophonSource(dist, id, settings.origin);
  const key = pdfInputHash(source, readAsset, { origin: settings.origin ?? '(unknown)', mode: settings.mode, colophon: JSON.stringify(colophon) });
  return { pagePath: `${editionBase(id)}${WHOLE_PRINT_PATH}`, html: source, colophon, key };
}
