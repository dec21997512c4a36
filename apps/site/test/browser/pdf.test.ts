/**
 * The PDF of every version in the public build, checked on the real content: tagged, with an outline, title,
 * author, subject and language, every font embedded, every heading of the whole-document page in the structure
 * tree in the same order, a measure's text extractable, live links, a reasonable size, pages that are not blank.
 * And the preview's drafts: marked on every page. File-only checks with poppler and pdfjs-dist; no browser.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { attr, elementsOf, parseHtml, textOf } from './harness/html.ts';
import { editionJson } from './harness/open-data.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { darkPixels, openPdf, pdfFonts, pdfInfo, poppler, structureHeadings, untaggedText } from './harness/pdf.ts';
import { editionsOf } from './harness/site-files.ts';

const pdfOf = (root: string, edition: string) => join(root, 'versjoner', edition, `strategi-${edition}.pdf`);
const wholePage = (root: string, edition: string) => readFileSync(join(root, 'versjoner', edition, 'hele-dokumentet', 'index.html'), 'utf8');
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The headings of the whole-document page's main content, and its cover's PDF data, from the built HTML. */
function pageFacts(root: string, edition: string) {
  const document = parseHtml(wholePage(root, edition));
  const main = [...elementsOf(document)].find((element) => element.tagName === 'main');
  if (!main) throw new Error(`${edition}: the whole-document page has no <main>`);
  const headings = [...elementsOf(main)].filter((element) => /^h[1-6]$/.test(element.tagName)).map((element) => textOf(element).replace(/\s+/g, ' ').trim());
  const cover = [...elementsOf(main)].find((element) => attr(element, 'class')?.split(' ').includes('whole-cover'));
  return { headings, title: cover && attr(cover, 'data-pdf-title'), lang: attr([...elementsOf(document)].find((e) => e.tagName === 'html')!, 'lang') };
}

const editions = editionsOf(distDir);

describe.each(editions)('the PDF of %s', (edition) => {
  const file = pdfOf(distDir, edition);

  test('exists beside the version, under 3 MB', () => {
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThan(3_000_000);
  });

  test('is tagged, with title, author, subject and a page count, and every font embedded', () => {
    const info = pdfInfo(file);
    const { title } = pageFacts(distDir, edition);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe(title);
    expect(info['Author']).toMatch(/\S/);
    expect(info['Subject']).toMatch(/\S/);
    expect(Number(info['Pages'])).toBeGreaterThanOrEqual(5);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  test("has the document's language and asks viewers to show the title", async () => {
    const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${pageFacts(distDir, edition).lang})`);
    expect(pdf.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)?.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
  });

  test('has an outline, and every heading of the whole document in its structure tree, in order', async () => {
    const pdf = await openPdf(file);
    const outline = await pdf.getOutline();
    expect(outline?.length).toBeGreaterThan(0);
    const tagged = await structureHeadings(pdf);
    const { headings } = pageFacts(distDir, edition);
    expect(headings.length).toBeGreaterThan(10);
    expect(tagged.map((heading) => squeeze(heading.text))).toEqual(headings.map(squeeze));
    expect(tagged[0]?.role).toBe('H1');
    await pdf.loadingTask.destroy();
  });

  test('has no text outside the structure tree but artifacts: running header, page numbers and draft mark', async () => {
    const pdf = await openPdf(file);
    expect(await untaggedText(pdf)).toEqual([]);
    await pdf.loadingTask.destroy();
  });

  test("a measure's title and status are extractable text, and the contents has page numbers", () => {
    const text = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const measure = editionJson(distDir, edition).documents.tiltak[0];
    expect(measure).toBeDefined();
    expect(squeeze(text)).toContain(squeeze(`${measure!.id}: ${measure!.title}`));
    // The contents (page 2), laid out as on the page: each entry's line ends with its page number.
    const contents = poppler('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', '2', '-l', '2', file, '-']);
    expect(contents).toMatch(/I-1: .*\s\d+\s*$/m);
  });

  test('links are live and described: the contents goes to pages of the PDF, sources and other pages to the web', async () => {
    const pdf = await openPdf(file);
    const links: { url?: string; dest?: unknown; contentsObj?: { str: string } }[] = [];
    for (let number = 1; number <= pdf.numPages; number++) links.push(...(await (await pdf.getPage(number)).getAnnotations()));
    expect(links.filter((link) => typeof link.dest === 'string').length).toBeGreaterThan(5);
    expect(links.filter((link) => link.url?.startsWith('https://')).length).toBeGreaterThan(0);
    expect(links.filter((link) => link.url?.startsWith('http://127.') || link.url?.startsWith('file:'))).toEqual([]);
    // Each link has a description of where it goes (PDF/UA asks for /Contents on link annotations).
    expect(links.filter((link) => !link.contentsObj?.str).map((link) => link.url ?? link.dest)).toEqual([]);
    await pdf.loadingTask.destroy();
  });

  test('two pages, the cover and one inside, are not blank', () => {
    const pages = Number(pdfInfo(file)['Pages']);
    expect(darkPixels(file, 1)).toBeGreaterThan(50);
    expect(darkPixels(file, Math.ceil(pages / 2))).toBeGreaterThan(50);
  });
});

describe('the preview', () => {
  const drafts = editionsOf(previewDir).filter((edition) => wholePage(previewDir, edition).includes('data-pdf-draft='));

  test.each(drafts)('marks the PDF of the draft %s «UTKAST – ikke publisert» on every page', (edition) => {
    const pages = poppler('pdftotext', ['-enc', 'UTF-8', pdfOf(previewDir, edition), '-'])
      .split('\f')
      .slice(0, -1);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.filter((text) => !/UTKAST – ikk(e|je) publisert/.test(text.replace(/\s+/g, ' '))).length).toBe(0);
  });

  test('has at least one draft (the working draft)', () => {
    expect(drafts).toContain('utkast');
  });
});
