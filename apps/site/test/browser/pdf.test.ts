/**
 * The PDF of every version in the public build, checked on the real content: tagged, with an outline, title,
 * author, subject and language, every font embedded, every heading of the whole-document page in the structure
 * tree in the same order, a measure's text extractable, live links, a reasonable size, pages that are not blank.
 * A cover without the site's navigation and a colophon behind it; PDF/UA-1 in its XMP, with headings, lists,
 * tables and links tagged as what they are and every structure type standard or mapped to one. No page but the
 * last nearly empty, here and in the preview. The contents (Typst's outline) numbered as the page's list, each
 * entry with its page number from the one typesetting. And the preview's drafts: marked on every page. File-only
 * checks with poppler and pdfjs-dist; no browser.
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

/** The PDF 1.7 standard structure types (ISO 32000-1, 14.8.4), the ones PDF/UA-1 accepts without a role map. */
const PDF17_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

/** The fewest lines of text a page other than the last may hold, the running header and page number not counted. */
const FEWEST_LINES = 4;

/** Each page's text by pdftotext, without what the margins repeat on every page (running header, page number, draft mark). */
function pageTexts(file: string): string[] {
  const info = pdfInfo(file);
  const margins = [info['Title'] ?? '', /^(Side|Page) \d+ (av|of) \d+$/, /^UTKAST – ikk(e|je) publisert$|^DRAFT – not published$/];
  return poppler('pdftotext', ['-enc', 'UTF-8', file, '-'])
    .split('\f')
    .slice(0, -1)
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !margins.some((margin) => (typeof margin === 'string' ? line === margin : margin.test(line))))
        .join('\n'),
    );
}

/** The pages (1-based) other than the last that hold fewer than `FEWEST_LINES` lines, with what they hold. */
function nearlyEmptyPages(file: string): string[] {
  const pages = pageTexts(file);
  return pages.flatMap((text, index) =>
    index < pages.length - 1 && text.split('\n').filter(Boolean).length < FEWEST_LINES ? [`page ${index + 1}: ${JSON.stringify(text)}`] : [],
  );
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** How many elements of each structure type the PDF's structure tree has, over every page. */
async function structureRoles(file: string): Promise<Map<string, number>> {
  const pdf = await openPdf(file);
  const counts = new Map<string, number>();
  const walk = (node: StructNode) => {
    if (node.role) counts.set(node.role, (counts.get(node.role) ?? 0) + 1);
    for (const child of node.children ?? []) walk(child);
  };
  for (let number = 1; number <= pdf.numPages; number++) {
    const tree = (await (await pdf.getPage(number)).getStructTree()) as StructNode | null;
    if (tree) walk(tree);
  }
  await pdf.loadingTask.destroy();
  return counts;
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
    // Named by kind and number («Tiltak 3: …»), as the site names it.
    const number = measure!.id.replace(/^\D+-/, '');
    expect(squeeze(text)).toContain(squeeze(`${number}: ${measure!.title}`));
    // The contents (page 3, behind the cover and the colophon), laid out as on the page: each entry's line ends with its
    // page number, and starts with the entry's own name, no list number before it.
    const contents = poppler('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', '3', '-l', '3', file, '-']);
    expect(contents).toMatch(/^\s*\p{L}.*\s\d+\s*$/mu);
    expect(contents).not.toMatch(/^\s*\d+\. /m);
    // A page number is never left alone on a line of its own below a long entry.
    expect(contents).not.toMatch(/^\s*\d+\s*$/m);
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

  test('opens with a cover: title, period, owners, version and date, and nothing of the site around the document', async () => {
    const cover = pageTexts(file)[0]!;
    const { headings, title } = pageFacts(distDir, edition);
    expect(squeeze(cover)).toContain(squeeze(headings[0]!));
    // The version and its date: the PDF's title is the strategy's title, a dash and the version.
    expect(squeeze(cover)).toContain(squeeze(title!.slice(headings[0]!.length).replace(/^ – /, '')));
    expect(cover).toMatch(/\b\d{1,2}\. \p{L}+ \d{4}\b/u);
    expect(cover).toMatch(/Periode\s+\d{4}–\d{4}/);
    expect(cover).toMatch(/Eiere\s+\S/);
    // The site's version line, menu and links are not printed: the cover has no link at all.
    expect(cover).not.toMatch(/Alle versjoner|Gjeldende tekst|Sjekksummer|Hopp til/);
    const pdf = await openPdf(file);
    expect(await (await pdf.getPage(1)).getAnnotations()).toEqual([]);
    await pdf.loadingTask.destroy();
  });

  test('has a colophon on the back of the cover: publishers, version and day, licence; no checksum', () => {
    const colophon = pageTexts(file)[1]!.replace(/\s+/g, ' ');
    const info = pdfInfo(file);
    expect(colophon).toContain(`Utgitt av: ${info['Author']}`);
    expect(colophon).toContain(`Versjon: ${info['Title']!.slice(pageFacts(distDir, edition).headings[0]!.length + 3)}`);
    expect(colophon).toMatch(/Publisert: \d{1,2}\. \p{L}+ \d{4}/u);
    expect(colophon).toContain('Norsk lisens for offentlige data (NLOD) 2.0');
    expect(colophon).not.toMatch(/SHA-256|[0-9a-f]{64}/);
  });

  test(`holds at least ${FEWEST_LINES} lines on every page but the last`, () => {
    expect(nearlyEmptyPages(file)).toEqual([]);
  });

  test('says it is PDF/UA-1 in its XMP, with the title and language of the document information', () => {
    const xmp = poppler('pdfinfo', ['-meta', file]);
    const info = pdfInfo(file);
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${info['Title']}</rdf:li>`);
    expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${pageFacts(distDir, edition).lang}</rdf:li></rdf:Bag></dc:language>`);
  });

  test('tags headings, lists, the overview table and links as what they are, each type standard or mapped to one', async () => {
    const roles = await structureRoles(file);
    for (const role of ['H1', 'H2', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Link']) expect(roles.get(role) ?? 0, role).toBeGreaterThan(0);
    // The overview table's header row: Id, Tittel, Status, Frist, Ansvarlig.
    expect(roles.get('TH')).toBeGreaterThanOrEqual(5);
    expect(roles.get('H1')).toBe(1);
    const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const roleMap = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookupMaybe(PDFName.of('RoleMap'), PDFDict);
    const mapped = new Map([...(roleMap?.entries() ?? [])].map(([from, to]) => [from.decodeText(), to.toString().slice(1)]));
    const unmapped = [...roles.keys()].filter((role) => role !== 'Root' && !PDF17_TYPES.has(role) && !PDF17_TYPES.has(mapped.get(role) ?? ''));
    expect(unmapped).toEqual([]);
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

  test.each(editionsOf(previewDir))(`holds at least ${FEWEST_LINES} lines on every page but the last of the PDF of %s`, (edition) => {
    expect(nearlyEmptyPages(pdfOf(previewDir, edition))).toEqual([]);
  });

  test('has at least one draft (the working draft)', () => {
    expect(drafts).toContain('utkast');
  });
});
