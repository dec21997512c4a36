/**
 * A build without STRATEGI_SITE_URL does not know where the site will be, and writes no host it does not know. The
 * PDF step then loads the pages at `LOCAL_ORIGIN`, a name that can never resolve (`.invalid`, RFC 2606), and takes
 * the action out of every link that points there: the link's text stays, and its description says where it led,
 * but no viewer is sent to an invented host. Jumps inside the PDF and links to other sites are kept.
 */
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** Where the step loads the pages when the site's address is unknown; never written into a PDF. */
export const LOCAL_ORIGIN = 'http://strategi.invalid';

/** The URI of a link annotation's action, if it has one. */
export function linkUri(annot: PDFDict): string | undefined {
  const uri = annot.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('URI'));
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
}

/** Every link annotation of the PDF. */
export function linkAnnotations(pdf: PDFDocument): PDFDict[] {
  const links: PDFDict[] = [];
  for (const page of pdf.getPages()) {
    for (const entry of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const annot = entry instanceof PDFRef ? pdf.context.lookup(entry) : entry;
      if (annot instanceof PDFDict && annot.get(PDFName.of('Subtype')) === PDFName.of('Link')) links.push(annot);
    }
  }
  return links;
}

const sameOrigin = (uri: string, origin: string) => {
  try {
    return new URL(uri, origin).origin === new URL(origin).origin;
  } catch {
    return false;
  }
};

/**
 * Takes the action out of every link to `origin`; returns how many. A description that names the invented host
 * (Typst describes a link by its URL) names the page's path on the site instead.
 */
export function unlinkOrigin(pdf: PDFDocument, origin: string): number {
  let unlinked = 0;
  for (const annot of linkAnnotations(pdf)) {
    const uri = linkUri(annot);
    if (uri === undefined || !sameOrigin(uri, origin)) continue;
    annot.delete(PDFName.of('A'));
    const contents = annot.get(PDFName.of('Contents'));
    const description = contents instanceof PDFString || contents instanceof PDFHexString ? contents.decodeText() : undefined;
    if (description?.includes(new URL(origin).host)) annot.set(PDFName.of('Contents'), PDFHexString.fromText(new URL(uri, origin).pathname));
    unlinked++;
  }
  return unlinked;
}
