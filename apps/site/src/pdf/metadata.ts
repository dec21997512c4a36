/**
 * The document information Chromium does not write: author, subject and keywords (it writes the title from
 * `document.title`, the language from `<html lang>` and asks viewers to show the title), the XMP that names the
 * file PDF/UA-1 (xmp.ts), a role map for the PDF 2.0 structure types Chromium uses (role-map.ts), the tab order
 * of annotations by structure, and the artifact marks for what Chromium draws untagged (artifacts.ts). Done with
 * pdf-lib, which keeps every object of the file, the structure tree included.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { markUntaggedAsArtifacts } from './artifacts.ts';
import { mapPdf2Roles } from './role-map.ts';
import { unlinkOrigin } from './site-links.ts';
import { setXmp } from './xmp.ts';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  lang: string;
  keywords: string[];
  /** What each link leads to, for its annotation's description: `#id` targets by id, web links by URL. */
  linkDescriptions: Record<string, string>;
  /** An origin the PDF must not link to (the step's local one, when the site's address is unknown): those links lose their action. */
  unlinkOrigin?: string;
}

const textOf = (value: unknown) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : value instanceof PDFName ? value.decodeText() : undefined;

/** Gives every link annotation a description (`/Contents`), which PDF/UA asks for and Chromium does not write. */
function describeLinks(pdf: PDFDocument, descriptions: Record<string, string>): void {
  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const entry of annots?.asArray() ?? []) {
      const annot = entry instanceof PDFRef ? pdf.context.lookup(entry) : entry;
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link') || annot.has(PDFName.of('Contents'))) continue;
      const dest = textOf(annot.get(PDFName.of('Dest')));
      const uri = textOf(annot.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('URI')));
      const description = (dest !== undefined ? descriptions[`#${dest}`] : undefined) ?? (uri !== undefined ? (descriptions[uri] ?? uri) : undefined);
      if (description) annot.set(PDFName.of('Contents'), PDFHexString.fromText(description));
    }
  }
}

/** A page content stream's bytes: inflated with Node's zlib where it is deflated (pdf-lib's own inflate is JavaScript, and slow on hundreds of pages). */
function streamBytes(stream: PDFRawStream): Buffer {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) return inflateSync(stream.contents);
  return Buffer.from(decodePDFRawStream(stream).decode());
}

/** Adds the metadata to a PDF as loaded by pdf-lib (the caller's copy is changed) and returns the file's bytes. */
export async function withMetadata(pdf: PDFDocument, metadata: PdfMetadata): Promise<Uint8Array> {
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  pdf.setAuthor(metadata.author);
  pdf.setSubject(metadata.subject);
  pdf.setKeywords(metadata.keywords);
  pdf.setLanguage(metadata.lang);
  pdf.setCreator('strategi');
  setXmp(pdf, { ...metadata, creator: 'strategi', producer: pdf.getProducer(), created: pdf.getCreationDate(), modified: pdf.getModificationDate() });
  describeLinks(pdf, metadata.linkDescriptions);
  mapPdf2Roles(pdf);
  // PDF/UA: a page with annotations moves through them in the order of the structure tree.
  for (const page of pdf.getPages()) if (page.node.has(PDFName.of('Annots'))) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  if (metadata.unlinkOrigin) unlinkOrigin(pdf, metadata.unlinkOrigin);
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray() : [];
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? pdf.context.lookup(ref) : undefined;
      if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
      const text = streamBytes(stream).toString('latin1');
      const marked = deflateSync(Buffer.from(markUntaggedAsArtifacts(text), 'latin1'));
      pdf.context.assign(ref, pdf.context.stream(marked, { Filter: 'FlateDecode' }));
    }
  }
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}
