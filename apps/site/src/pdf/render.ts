/**
 * Prints the built print source of a whole document (`hele-dokumentet/utskrift/`) to a tagged PDF with Debian's Chromium (playwright-core): a structure tree
 * and bookmarks from the headings, the running header (title and version, and the draft mark), page numbers in
 * the margins (CSS page margin boxes, which Chromium draws itself), and the contents' page numbers filled in
 * from a first print (Chromium has no `target-counter()`), printed again until they hold.
 */

import { chromiumArgs } from '@strategi/chromium';
import { PDFDocument } from 'pdf-lib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type ColophonLine, type ColophonSource, colophonLabel, colophonLines } from './colophon.ts';
import { withMetadata } from './metadata.ts';
import { destinationPages } from './page-numbers.ts';
import { pdfCss } from './pdf-css.ts';
import { serveDist } from './serve-dist.ts';

interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** What the whole-document page's cover says about the PDF (data attributes in views/WholeView.astro). */
interface CoverData {
  title: string;
  author: string;
  subject: string;
  draftMark: string | undefined;
  lang: string;
  /** The strategy's title, the cover's heading. */
  heading: string;
  /** The day the version was released, as the cover gives it; absent for the working draft. */
  released: string | undefined;
}

export interface PdfRenderer {
  /** Prints the page at `pathname` (e.g. `/versjoner/E/hele-dokumentet/`), with a colophon from `colophon` and the page. */
  render(pathname: string, colophon?: ColophonSource): Promise<RenderedPdf>;
  close(): Promise<void>;
}

async function readCover(page: Page): Promise<CoverData> {
  return page.evaluate(() => {
    const cover = document.querySelector<HTMLElement>('.whole-cover');
    if (!cover) throw new Error(`${location.pathname} has no .whole-cover: is it the whole-document page?`);
    const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    return {
      title: cover.dataset['pdfTitle'] ?? document.title,
      author: cover.dataset['pdfAuthor'] ?? '',
      subject: cover.dataset['pdfSubject'] ?? '',
      draftMark: cover.dataset['pdfDraft'],
      lang: document.documentElement.lang,
      heading: clean(cover.querySelector('h1')?.textContent),
      released: clean(cover.querySelector('[data-version-name] time')?.textContent) || undefined,
    };
  });
}

/**
 * Makes the page a document: everything around the whole document (site header, version line, notices, footer)
 * is taken out, so that the cover is the first thing printed, and the colophon goes on the back of the cover.
 */
async function asDocument(page: Page, colophon: { lines: ColophonLine[]; label: string }): Promise<void> {
  await page.evaluate(({ lines, label }) => {
    const cover = document.querySelector('.whole-cover');
    const main = document.querySelector('main');
    // Up from the cover: what comes before it inside <main> is the page's frame; what is beside <main>, too.
    for (let node: Element | null = cover; node && node !== main; node = node.parentElement) {
      while (node.previousElementSibling) node.previousElementSibling.remove();
    }
    for (let node: Element | null = main; node && node !== document.body; node = node.parentElement) {
      for (const sibling of [...(node.parentElement?.children ?? [])]) if (sibling !== node && sibling.tagName !== 'SCRIPT') sibling.remove();
    }
    const aside = document.createElement('aside');
    aside.className = 'pdf-colophon';
    aside.setAttribute('aria-label', label);
    for (const line of lines) {
      const paragraph = aside.appendChild(document.createElement('p'));
      if (line.label) paragraph.appendChild(document.createElement('strong')).textContent = `${line.label}: `;
      const text = line.href ? paragraph.appendChild(document.createElement('a')) : paragraph;
      if (line.href && text instanceof HTMLAnchorElement) text.href = line.href;
      text.append(line.text);
    }
    cover?.after(aside);
  }, colophon);
}

/** Writes page numbers into the contents (`data-toc-page="<id>"`); `guess` stands in where none is known yet. */
async function fillContents(page: Page, numbers: Map<string, number>, guess: string): Promise<void> {
  await page.evaluate(
    ({ entries, guess }) => {
      const known = new Map(entries);
      for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
        slot.textContent = String(known.get(slot.dataset['tocPage'] ?? '') ?? guess);
      }
    },
    { entries: [...numbers], guess },
  );
}

/** For each link target: a `#id` by the heading (or text) of the element it names, a web link by its own text. */
function describeLinkTargets(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const descriptions: Record<string, string> = {};
    for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        const target = document.getElementById(decodeURIComponent(href.slice(1)));
        const heading = target?.matches('h1, h2, h3, h4, h5, h6') ? target : target?.querySelector('h1, h2, h3, h4, h5, h6');
        descriptions[href] ??= clean(heading?.textContent ?? target?.textContent) || clean(link.textContent);
      } else descriptions[link.href] ??= clean(link.textContent) || link.href;
    }
    return descriptions;
  });
}

/** A print of the page; `final` false for a print that is only read for its page numbers: untagged, a third faster. */
async function printPdf(page: Page, final: boolean): Promise<Uint8Array> {
  return page.pdf({ tagged: final, outline: final, preferCSSPageSize: true, printBackground: true });
}

/**
 * `origin` is where the pages are loaded (the site's address, so that links point at the published site); with
 * `unlinkOrigin` it is the step's local one, and links to it are taken out of the PDF (site-links.ts).
 */
export async function openRenderer(options: { dist: string; origin: string; unlinkOrigin?: boolean; chromiumPath: string }): Promise<PdfRenderer> {
  const browser: Browser = await chromium.launch({ executablePath: options.chromiumPath, headless: true, args: [...chromiumArgs], timeout: 60_000 });
  const context = await browser.newContext({ bypassCSP: true });
  await serveDist(context, options.dist, options.origin);
  return {
    async render(pathname, colophon = {}) {
      const page = await context.newPage();
      try {
        const response = await page.goto(new URL(pathname, options.origin).href, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`${pathname} could not be loaded for the PDF (status ${response?.status()}).`);
        await page.emulateMedia({ media: 'print' });
        const cover = await readCover(page);
        await page.evaluate((title) => {
          document.documentElement.classList.add('pdf-export');
          document.title = title;
        }, cover.title);
        await asDocument(page, {
          lines: colophonLines({ lang: cover.lang, title: cover.title, heading: cover.heading, owners: cover.author, released: cover.released }, colophon),
          label: colophonLabel(cover.lang),
        });
        await page.addStyleTag({ content: pdfCss(cover) });
        await page.evaluate(() => document.fonts.ready);
        const slots = await page.locator('[data-toc-page]').count();
        let numbers = new Map<string, number>();
        let printed: PDFDocument | undefined;
        // Two prints normally; a third when the numbers moved a line (never seen, but cheap to guard). Each print is
        // loaded once: its destinations are read from it, and the last one is the document the metadata goes into.
        // The first is read for its numbers only (when the contents has any), so it is printed without tags.
        for (let pass = 0; pass < 3; pass++) {
          await fillContents(page, numbers, '00');
          printed = await PDFDocument.load(await printPdf(page, slots === 0 || pass > 0), { updateMetadata: false });
          const found = destinationPages(printed);
          const stable = slots === 0 || (pass > 0 && [...numbers].every(([id, n]) => found.get(id) === n));
          numbers = found;
          if (stable) break;
        }
        const linkDescriptions = await describeLinkTargets(page);
        const pages = printed!.getPageCount();
        const withInfo = await withMetadata(printed!, {
          linkDescriptions,
          title: cover.title,
          author: cover.author,
          subject: cover.subject,
          lang: cover.lang,
          keywords: cover.draftMark ? [cover.draftMark] : [],
          ...(options.unlinkOrigin ? { unlinkOrigin: options.origin } : {}),
        });
        return { bytes: withInfo, pages };
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}
