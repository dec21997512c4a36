/**
 * Without STRATEGI_SITE_URL the PDF links to no page of the site: the step loads the pages at a local origin that
 * can never resolve and takes the action out of every link to it. Jumps inside the PDF and links to other sites stay.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN, linkAnnotations, linkUri, unlinkOrigin } from '../src/pdf/site-links.ts';

async function pdfWithLinks(uris: string[]): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage();
  const annots = uris.map((uri) =>
    pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: { S: 'URI', URI: PDFString.of(uri) } })),
  );
  annots.push(pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], Dest: PDFString.of('tiltak-T-1') })));
  page.node.set(PDFName.of('Annots'), pdf.context.obj(annots));
  return PDFDocument.load(await pdf.save());
}

describe('links to the site in a PDF built without its address', () => {
  test('lose their action; links to other sites and jumps inside the PDF keep theirs', async () => {
    const pdf = await pdfWithLinks([`${LOCAL_ORIGIN}/tiltak/T-1/`, `${LOCAL_ORIGIN}/versjoner/`, 'https://lovdata.no/lov/2005-06-17-64']);
    expect(unlinkOrigin(pdf, LOCAL_ORIGIN)).toBe(2);
    const saved = await PDFDocument.load(await pdf.save());
    const links = linkAnnotations(saved);
    expect(links.map((link) => linkUri(link))).toEqual([undefined, undefined, 'https://lovdata.no/lov/2005-06-17-64', undefined]);
    expect(links.map((link) => link.has(PDFName.of('Dest')))).toEqual([false, false, false, true]);
    expect(Buffer.from(await saved.save()).toString('latin1')).not.toContain('strategi.invalid');
  });

  test('the local origin is a name that can never resolve', () => {
    expect(new URL(LOCAL_ORIGIN).hostname.endsWith('.invalid')).toBe(true);
  });
});
