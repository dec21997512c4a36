/**
 * The document information Chromium does not write: author, subject and keywords (it writes the title from
 * `document.title`, the language from `<html lang>` and asks viewers to show the title). Set with pdf-lib,
 * which keeps every object of the file, the structure tree included.
 */
import { PDFDocument } from 'pdf-lib';

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
  return pdf.save({ useObjectStreams: false, updateFieldAppearances: false });
}
