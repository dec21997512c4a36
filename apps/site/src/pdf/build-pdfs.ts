/**
 * The PDF step of the site build: one tagged PDF per edition the build shows, printed from the print source of
 * its whole document (`/versjoner/E/hele-dokumentet/utskrift/`, taken out of the site afterwards), written beside the version (`/versjoner/E/strategi-E.pdf`) and, for the current version, at
 * `/strategi.pdf`; then the size of each is written into the pages that link to it. The print source is typeset
 * with Typst (typeset.ts), usually already on a worker thread while the pages were being built (typeset-ahead.ts);
 * a PDF whose input is unchanged (same input hash) comes from the cache instead.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CacheSecret, cacheSecret } from '@strategi/model';
import { PDFDocument } from 'pdf-lib';
import { PDF_LINK_ATTRIBUTE, pdfPath } from '../lib/pdf-links.ts';
import { type PdfCache, pdfCache } from './cache.ts';
import { fillPdfLinks } from './pdf-links.ts';
import { type PrintInput, printInput, printSourceFolder } from './print-input.ts';
import { LOCAL_ORIGIN } from './site-links.ts';
import { openTypesetter, type PdfTypesetter } from './typeset.ts';
import type { TypesetAhead } from './typeset-ahead.ts';

export interface PdfStepOptions {
  dist: string;
  /**
   * The public origin the pages are loaded at, so that links in the PDF point at the published site. Undefined when
   * the site's address is unknown: the pages are loaded at a local origin and links to the site left out of the PDF.
   */
  origin: string | undefined;
  mode: 'public' | 'preview';
  cacheDir: string;
  /** What seals the cached PDFs; default: the machine's cache secret (`cacheSecret`). */
  secret?: CacheSecret;
  /** False: no PDF is made and the links to them are taken out (STRATEGI_PDF=0). */
  enabled: boolean;
  /** The folder of the DejaVu fonts the PDFs are set in (the build plan's `pdfFonts`). */
  fonts: string;
  /**
   * Folders (relative to `dist`) the step must not touch: the output taken from the archive cache, which is being
   * copied in while the step runs and is already final.
   */
  leaveAlone?: readonly string[];
  /**
   * The PDFs of the versions taken from the archive cache (edition id → the file in the cache): not printed again,
   * but their links elsewhere get their size, and the current version's is copied to its stable name.
   */
  archivedPdfs?: ReadonlyMap<string, string>;
  log?: (line: string) => void;
  /** The PDF cache; default: the one in `cacheDir` sealed with `secret`. */
  cache?: PdfCache;
  /** The PDFs typeset while the pages were still being built (typeset-ahead.ts), taken by their input hash. */
  ahead?: Pick<TypesetAhead, 'take'>;
}

/** What the step's typesetter is opened with: links go to the site, or to a local origin that is then unlinked. */
export const typesetterOptions = (options: Pick<PdfStepOptions, 'origin' | 'fonts'>) => ({
  origin: options.origin ?? LOCAL_ORIGIN,
  fonts: options.fonts,
  unlinkOrigin: options.origin === undefined,
});

export interface PdfStepResult {
  /** Edition id → the PDF's path under dist, its size and whether Typst typeset it now or the cache had it. */
  pdfs: Map<string, { file: string; bytes: number; pages: number; from: 'typst' | 'cache' }>;
  /** Edition id → size of the PDFs of versions taken from the archive cache. */
  archived: Map<string, number>;
  current: string | undefined;
}

/** The editions this build rendered a print source of the whole document for (the versions taken from the cache have none). */
function editionsWithPrintSource(dist: string): string[] {
  const versions = path.join(dist, 'versjoner');
  if (!existsSync(versions)) return [];
  return readdirSync(versions, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(printSourceFolder(dist, entry.name), 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** The current version: the edition the root whole-document page links its PDF for. */
function currentEdition(dist: string): string | undefined {
  const root = path.join(dist, 'hele-dokumentet', 'index.html');
  if (!existsSync(root)) return undefined;
  return new RegExp(`${PDF_LINK_ATTRIBUTE}="([^"]+)"`).exec(readFileSync(root, 'utf8'))?.[1];
}

const writeAtomic = (file: string, bytes: Uint8Array | string) => {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
};

/** The HTML files under `dist`, not looking into the folders `leaveAlone` names (relative to `dist`). */
function htmlFiles(dist: string, leaveAlone: readonly string[]): string[] {
  const skipped = new Set(leaveAlone.map((folder) => path.join(dist, folder)));
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && !skipped.has(full)) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) files.push(full);
    }
  };
  walk(dist);
  return files;
}

const pageCount = async (bytes: Uint8Array) => (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();

export async function buildPdfs(options: PdfStepOptions): Promise<PdfStepResult> {
  const { dist, log = () => {} } = options;
  const pdfs: PdfStepResult['pdfs'] = new Map();
  const archived: PdfStepResult['archived'] = new Map();
  const current = currentEdition(dist);
  if (options.enabled) {
    const cache = options.cache ?? pdfCache(options.cacheDir, options.secret ?? (await cacheSecret()));
    let typesetter: PdfTypesetter | undefined;
    const typesetHere = (input: PrintInput) => {
      typesetter ??= openTypesetter(typesetterOptions(options));
      return typesetter.typeset(input.html, input.pagePath, input.colophon);
    };
    const used = new Set<string>();
    for (const id of editionsWithPrintSource(dist)) {
      const input = printInput(dist, id, options);
      used.add(input.key);
      if (options.mode === 'public' && input.html.includes('data-pdf-draft=')) {
        throw new Error(`${input.pagePath} is an unpublished edition in the public build; no PDF is made of it.`);
      }
      let bytes = cache.get(input.key);
      let from: 'typst' | 'cache' = 'cache';
      let pages: number;
      if (bytes) {
        pages = await pageCount(bytes);
      } else {
        // Typeset ahead from this very input, or here; a failure ahead is typeset again here, to report it.
        const typeset = await (options.ahead?.take(input.key)?.catch(() => typesetHere(input)) ?? typesetHere(input));
        bytes = typeset.bytes;
        pages = typeset.pages;
        from = 'typst';
        cache.put(input.key, bytes);
      }
      const file = path.join(dist, pdfPath(id));
      writeAtomic(file, bytes);
      pdfs.set(id, { file, bytes: bytes.byteLength, pages, from });
      log(`${pdfPath(id)}: ${pages} sider, ${bytes.byteLength} byte (${from === 'cache' ? 'fra hurtiglageret' : 'laget nå'})`);
    }
    cache.prune(used);
    for (const [id, file] of options.archivedPdfs ?? []) if (!pdfs.has(id) && existsSync(file)) archived.set(id, statSync(file).size);
    const currentPdf = current ? (pdfs.get(current)?.file ?? (archived.has(current) ? options.archivedPdfs?.get(current) : undefined)) : undefined;
    if (currentPdf) copyFileSync(currentPdf, path.join(dist, pdfPath(current!, true)));
  }
  // The print sources are the PDFs' input, not pages of the site: they weigh more than a page may, and the parts say the same.
  for (const id of editionsWithPrintSource(dist)) rmSync(printSourceFolder(dist, id), { recursive: true, force: true });
  const sizes = new Map([...archived, ...[...pdfs].map(([id, pdf]) => [id, pdf.bytes] as const)]);
  for (const file of htmlFiles(dist, options.leaveAlone ?? [])) {
    const html = readFileSync(file, 'utf8');
    const filled = fillPdfLinks(html, sizes);
    if (filled !== html) writeAtomic(file, filled);
  }
  return { pdfs, archived, current };
}
