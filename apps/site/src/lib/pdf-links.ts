/**
 * Where a version's PDF lives, and the marks the pages carry for the PDF step (src/pdf). The PDF is made
 * after Astro has written the pages, so a page links to it with an empty size mark that the step fills in.
 */

/** The URL of an edition's PDF: beside the version (`/versjoner/E/strategi-E.pdf`), or the stable name of the current one. */
export function pdfPath(editionId: string, atRoot = false): string {
  return atRoot ? '/strategi.pdf' : `/versjoner/${editionId}/strategi-${editionId}.pdf`;
}

/** The attribute of the element whose text becomes «(PDF, 412 kB)» once the edition's PDF is written. */
export const PDF_SIZE_ATTRIBUTE = 'data-strategi-pdf-size';
/** The attribute of the paragraph holding a PDF link; the step removes the paragraph when no PDF is made. */
export const PDF_LINK_ATTRIBUTE = 'data-strategi-pdf';
