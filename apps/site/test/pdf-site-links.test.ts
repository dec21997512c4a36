/**
 * Without STRATEGI_SITE_URL the PDF links to no page of the site: the step loads the pages at a local origin that
 * can never resolve and takes the action out of every link to it. Jumps inside the PDF and links to other sites stay.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LOCAL_ORIGIN, linkAnnotations, linkUri, unlinkOrigin } from '../src/pdf/site-links.ts';
import { openTypesetter } from '../src/pdf/typeset.ts';

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

/** A print source whose text links to `href`. */
const printSource = (href: string) => `<!DOCTYPE html><html lang="nb"><head><title>Utskrift</title></head><body><main>
<header class="whole-cover" data-pdf-title="Strategi" data-pdf-author="KD"><h1>Strategi</h1></header>
<section id="I-1"><h2>Innsatsområde 1</h2><p>Se <a href="${href}">lenken</a>.</p></section></main></body></html>`;

describe('the typesetter without the site address', () => {
  afterEach(() => vi.restoreAllMocks());
  const typesetter = openTypesetter({ origin: LOCAL_ORIGIN, fonts: '/usr/share/fonts/truetype/dejavu', unlinkOrigin: true });
  // pdf-lib parses the file itself: its count is the PDF's, not what Typst said it wrote.
  const pagesIn = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

  test('takes the action out of a link to a page of the site', async () => {
    const typeset = await typesetter.typeset(printSource('/tiltak/T-1/'), '/versjoner/E/hele-dokumentet/utskrift/');
    const links = linkAnnotations(await PDFDocument.load(typeset.bytes));
    expect(links.map((link) => linkUri(link))).toEqual([undefined]);
    expect(typeset.pages).toBe(await pagesIn(typeset.bytes));
  });

  test("leaves a PDF without such links as Typst wrote it, counting its pages from Typst's document", async () => {
    const load = vi.spyOn(PDFDocument, 'load');
    const typeset = await typesetter.typeset(printSource('https://lovdata.no/'), '/versjoner/E/hele-dokumentet/utskrift/');
    expect(load).not.toHaveBeenCalled();
    load.mockRestore();
    expect(linkAnnotations(await PDFDocument.load(typeset.bytes)).map((link) => linkUri(link))).toEqual(['https://lovdata.no/']);
    expect(typeset.pages).toBe(await pagesIn(typeset.bytes));
  });
});
