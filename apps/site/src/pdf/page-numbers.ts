/**
 * On which page each anchor of a PDF landed. Chromium writes a named destination for every element that a link
 * in the document points at (`#I-1` in the contents), so the contents can be given its page numbers from the
 * first print: Chromium cannot count pages for `target-counter()` itself.
 */
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** Anchor id → page number (1-based), from the PDF's named destinations (`/Dests` in the catalog). */
export function destinationPages(pdf: PDFDocument): Map<string, number> {
  const pageOf = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const pages = new Map<string, number>();
  if (!dests) return pages;
  for (const [name, value] of dests.entries()) {
    const target = value instanceof PDFArray ? value.get(0) : undefined;
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    if (page !== undefined) pages.set(name.decodeText(), page);
  }
  return pages;
}
