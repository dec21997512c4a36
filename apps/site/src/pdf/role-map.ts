/**
 * Chromium tags with some structure types of PDF 2.0 (`Strong`, `Em`, `Aside`, …) in a PDF 1.7 file. PDF/UA-1 builds
 * on PDF 1.7, where those are not standard types, and asks that every other type be mapped to a standard one in
 * the structure tree's role map: each is mapped to the PDF 1.7 type nearest in meaning.
 */
import { PDFDict, type PDFDocument, PDFName } from 'pdf-lib';

export const PDF2_ROLES: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Aside: 'Sect',
  Title: 'P',
  FENote: 'Note',
  DocumentFragment: 'Div',
};

/** Adds the role map to the structure tree root, keeping any mapping already there. */
export function mapPdf2Roles(pdf: PDFDocument): void {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const map = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? pdf.context.obj({});
  for (const [role, standard] of Object.entries(PDF2_ROLES)) if (!map.has(PDFName.of(role))) map.set(PDFName.of(role), PDFName.of(standard));
  root.set(PDFName.of('RoleMap'), map);
}
