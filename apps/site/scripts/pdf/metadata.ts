/**
 * The document information Chromium does not write: author, subject and keywords (it writes the title from
 * `document.title`, the language from `<html lang>` and asks viewers to show the title), and the artifact
 * marks for what Chromium draws untagged (artifacts.ts). Done with pdf-lib, which keeps every object of the file,
 * the structure tree included.
 */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { markUntaggedAsArtifacts } from './artifacts.ts';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  lang: string;
  keywords: string[];
}

export async function withMetadata(bytes: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  pdf.setAuthor(metadata.author);
  pdf.setSubject(metadata.subject);
  pdf.setKeywords(metadata.keywords);
  pdf.setLanguage(metadata.lang);
  pdf.setCreator('strategi');
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray() : [];
    for (const ref of refs) {
      const stream = ref instanceof PDFRef ? pdf.context.lookup(ref) : undefined;
      if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      pdf.context.assign(ref, pdf.context.flateStream(Buffer.from(markUntaggedAsArtifacts(text), 'latin1')));
    }
  }
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}
