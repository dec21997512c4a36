/**
 * Typesets a print source of the whole document to a tagged PDF/UA-1 with Typst (typst-ts-node-compiler, Debian's
 * DejaVu fonts). Typst checks PDF/UA-1 while it writes the file (a skipped heading level, a missing title or
 * language stops it) and writes the structure tree, bookmarks, link descriptions, named destinations and the XMP
 * that names the file PDF/UA-1 itself; the contents gets its page numbers in one pass.
 */

import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { ui } from '@strategi/i18n';
import { language } from '@strategi/schema';
import { PDFDocument } from 'pdf-lib';
import { type ColophonSource, colophonLabel, colophonLines } from './colophon.ts';
import { readPrintSource, typstDocument } from './html-to-typst.ts';
import { unlinkOrigin } from './site-links.ts';
import { typstString } from './typst-markup.ts';

export interface TypesetPdf {
  bytes: Uint8Array;
  pages: number;
}

export interface PdfTypesetter {
  /** Typesets the print source `html` (found at `pathname`), with a colophon from `colophon` and the page. */
  typeset(html: string, pathname: string, colophon?: ColophonSource): Promise<TypesetPdf>;
}

/** Typst's diagnostics, one line each, for the error a failed typesetting throws. */
const diagnosticLines = (diagnostics: unknown) =>
  (Array.isArray(diagnostics) ? diagnostics : []).map((d: { message?: string; severity?: string }) =>
    `${d.severity ?? ''} ${d.message ?? JSON.stringify(d)}`.trim(),
  );

/**
 * `origin` is what the page's relative links are resolved against (the site's address); with `unlinkOrigin` it is
 * the step's local one, and links to it lose their action (site-links.ts). `fonts`: the folder of the DejaVu fonts.
 */
export function openTypesetter(options: { origin: string; fonts: string; unlinkOrigin?: boolean }): PdfTypesetter {
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [options.fonts] }] });
  return {
    async typeset(html, pathname, colophon = {}) {
      const source = readPrintSource(html, pathname);
      const { data } = source;
      const lang = language.safeParse(data.lang);
      const t = ui(lang.success ? lang.data : 'nb');
      const markup = typstDocument(source, {
        origin: options.origin,
        colophon: colophonLines(
          { lang: data.lang, title: data.title, heading: data.heading, owners: data.author, licenceHolder: data.licenceHolder, released: data.released },
          colophon,
        ),
        texts: { page: t.pdf.page, of: t.pdf.of, colophonLabel: colophonLabel(data.lang) },
      });
      const compiled = compiler.compile({ mainFileContent: markup });
      const document = compiled.result;
      if (!document) throw new Error(`${pathname} could not be typeset to PDF:\n${diagnosticLines(compiled.takeDiagnostics()?.shortDiagnostics).join('\n')}`);
      const bytes: Uint8Array = compiler.pdf(document, { pdfStandard: 'ua-1' });
      const pages = document.numOfPages;
      compiler.evictCache(10);
      // pdf-lib reads a PDF back slower than Typst writes it: only a PDF that links to the unknown site's pages is read.
      if (!options.unlinkOrigin || !markup.includes(`#link(${typstString(options.origin).slice(0, -1)}`)) return { bytes, pages };
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      if (unlinkOrigin(pdf, options.origin) === 0) return { bytes, pages };
      return { bytes: await pdf.save({ useObjectStreams: false, updateFieldAppearances: false }), pages };
    },
  };
}
