/**
 * Prints the built print source of a whole document (`hele-dokumentet/utskrift/`) to a tagged PDF with Debian's Chromium (playwright-core): a structure tree
 * and bookmarks from the headings, the running header (title and version, and the draft mark), page numbers in
 * the margins (CSS page margin boxes, which Chromium draws itself), and the contents' page numbers filled in
 * from a first print (Chromium has no `target-counter()`), printed again until they hold.
 */

import { chromiumArgs } from '@strategi/chromium';
import { ui } from '@strategi/i18n';
import { language } from '@strategi/schema';
import { PDFDocument } from 'pdf-lib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { withMetadata } from './metadata.ts';
import { destinationPages } from './page-numbers.ts';
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
}

export interface PdfRenderer {
  /** Prints the page at `pathname` (e.g. `/versjoner/E/hele-dokumentet/`). */
  render(pathname: string): Promise<RenderedPdf>;
  close(): Promise<void>;
}

const cssString = (text: string) => JSON.stringify(text);

/** The margins of every page but the cover: title and version top left, «Side n av m» bottom right; the draft mark on every page. */
function marginCss(cover: Pick<CoverData, 'title' | 'draftMark' | 'lang'>): string {
  const lang = language.safeParse(cover.lang);
  const t = ui(lang.success ? lang.data : 'nb');
  const box = 'font-family: var(--ds-font-family), sans-serif; font-size: 8pt; color: #333;';
  // Bottom left: a long title top left can squeeze a box beside it to nothing, the page number never does.
  const draft = cover.draftMark ? `@bottom-left { content: ${cssString(cover.draftMark)}; ${box} color: #a00; font-weight: bold; }` : '';
  return `@page {
  @top-left { content: ${cssString(cover.title)}; ${box} }
  ${draft}
  @bottom-right { content: ${cssString(`${t.pdf.page} `)} counter(page) ${cssString(` ${t.pdf.of} `)} counter(pages); ${box} }
}
@page :first {
  @top-left { content: none; }
  @bottom-right { content: none; }
}`;
}

async function readCover(page: Page): Promise<CoverData> {
  return page.evaluate(() => {
    const cover = document.querySelector<HTMLElement>('.whole-cover');
    if (!cover) throw new Error(`${location.pathname} has no .whole-cover: is it the whole-document page?`);
    return {
      title: cover.dataset['pdfTitle'] ?? document.title,
      author: cover.dataset['pdfAuthor'] ?? '',
      subject: cover.dataset['pdfSubject'] ?? '',
      draftMark: cover.dataset['pdfDraft'],
      lang: document.documentElement.lang,
    };
  });
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

async function printPdf(page: Page): Promise<Uint8Array> {
  return page.pdf({ tagged: true, outline: true, preferCSSPageSize: true, printBackground: true });
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
    async render(pathname) {
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
        await page.addStyleTag({ content: marginCss(cover) });
        await page.evaluate(() => document.fonts.ready);
        const slots = await page.locator('[data-toc-page]').count();
        let numbers = new Map<string, number>();
        let printed: PDFDocument | undefined;
        // Two prints normally; a third when the numbers moved a line (never seen, but cheap to guard). Each print is
        // loaded once: its destinations are read from it, and the last one is the document the metadata goes into.
        for (let pass = 0; pass < 3; pass++) {
          await fillContents(page, numbers, '00');
          printed = await PDFDocument.load(await printPdf(page), { updateMetadata: false });
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
