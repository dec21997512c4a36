/**
 * A diff page between two versions marks insertions and deletions with <ins> and <del>, and shows
 * a changed field with its old and new value side by side. On the demonstration's preview, whose releases differ
 * (the real content has one release): its source-level diff, which only editors get, is taken out of the page
 * before it is read as a reader reads the public one. That the public build has none is checked on dist here and
 * on a public build of the demonstration in review.test.ts.
 *
 * What the diffs say to a reader (rendered text, the summary on top and its counts, the pager) is read from the built
 * files, every diff page of the preview: no script of the site touches the diff's markup (the search's is the only
 * one), so the file is what the page shows, and a browser load per page added nothing but its cost. What only a
 * browser shows (<ins> and <del> visible, the changes list's links) is read in Chromium.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { diffPairs } from './harness/examples.ts';
import { attr, type Element, elementsOf, parseHtml, textOf } from './harness/html.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { fileForPath } from './harness/site-files.ts';

const hasClass = (element: Element, name: string): boolean => (attr(element, 'class') ?? '').split(/\s+/).includes(name);

/** A built diff page as a reader gets it, without the editors' source-level diff: its elements in order, and its main. */
function readForReaders(root: string, path: string): { all: Element[]; main: Element } {
  const file = fileForPath(root, path);
  if (file === undefined) throw new Error(`${root} has no page at ${path}`);
  const document = parseHtml(readFileSync(file, 'utf8'));
  const drop = (node: { childNodes?: unknown[] }): void => {
    if (!node.childNodes) return;
    node.childNodes = node.childNodes.filter((child) => !('tagName' in (child as object) && hasClass(child as Element, 'source-diff')));
    for (const child of node.childNodes) drop(child as { childNodes?: unknown[] });
  };
  drop(document as { childNodes?: unknown[] });
  const all = [...elementsOf(document)];
  const main = all.find((element) => element.tagName === 'main');
  if (main === undefined) throw new Error(`${path} has no <main>`);
  return { all, main };
}

/** The changed documents a diff page lists. */
const listedIn = (main: Element): number => [...elementsOf(main)].filter((element) => element.tagName === 'details' && hasClass(element, 'doc-change')).length;

/** Opens a diff page as a reader sees it: without the editors' source-level diff. */
async function openForReaders(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('.source-diff')) element.remove();
  });
}

describe('diff', () => {
  const site = useSite();

  test('the changes list links to diffs, and a diff shows <ins>, <del> and a changed field', async () => {
    const pairs = diffPairs(previewDir);
    expect(pairs.length, 'the build has no /endringer/<from>/<to>/ page').toBeGreaterThan(0);
    const { page, errors } = await site.open(site.previewOrigin);
    await page.goto('/endringer/');
    const diffLinks = page.locator('main a[href^="/endringer/"]');
    expect(await diffLinks.count()).toBeGreaterThan(0);

    // The newest diff that marks both: two editions may also differ in nothing, or only take something out.
    const main = page.locator('main');
    let shown: string | undefined;
    for (const [from, to] of [...pairs].reverse()) {
      await openForReaders(page, `/endringer/${from}/${to}/`);
      if ((await main.locator('ins').count()) > 0 && (await main.locator('del').count()) > 0) {
        shown = `/endringer/${from}/${to}/`;
        break;
      }
    }
    expect(shown, `no diff page has <ins> or <del>: ${pairs.map((pair) => pair.join('→')).join(', ')}`).toBeDefined();
    expect(await main.locator('ins').count(), `no <ins> on ${shown}`).toBeGreaterThan(0);
    expect(await main.locator('del').count(), `no <del> on ${shown}`).toBeGreaterThan(0);
    expect(await main.locator('ins').first().isVisible()).toBe(true);
    expect(await main.locator('del').first().isVisible()).toBe(true);

    // A field change: one entry (list item, table row, description) holds the old value in <del> and the
    // new one in <ins>, after a label naming the field (as <strong>, <b>, <th>, <dt> or <code>).
    const fieldChanges = await main.locator('li, tr, dd').evaluateAll((entries) =>
      entries.flatMap((entry) => {
        const del = entry.querySelector('del');
        if (del === null || entry.querySelector('ins') === null) return [];
        const label =
          [...entry.querySelectorAll('strong, b, th, code')].find((candidate) => candidate.compareDocumentPosition(del) & Node.DOCUMENT_POSITION_FOLLOWING) ??
          (entry.tagName === 'DD' ? entry.previousElementSibling : null);
        const name = label?.textContent?.trim() ?? '';
        return name === '' ? [] : [`${name}: ${(entry.textContent ?? '').replace(/\s+/g, ' ').trim()}`];
      }),
    );
    expect(fieldChanges.length, 'no entry shows a field with its old value in <del> and new value in <ins>').toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe('the diff for readers', () => {
  const site = useSite();

  /** What the first page of a diff shows a reader. */
  interface FirstPage {
    path: string;
    text: string;
    /** Tag names of the summary and the documents' <details>, in page order. */
    order: string[];
    hasSummary: boolean;
    /** The changed documents the summary counts. */
    counted: number;
    /** The changed documents this page lists. */
    listed: number;
    /** Word changes in the first changed paragraph, or undefined without one. */
    wordChanges: number | undefined;
    /** The pages the pager links to (this one included), or none without a pager. */
    parts: string[];
  }
  const firstPages: FirstPage[] = [];

  // Each diff's first page is read once, for what both tests below check; only the later parts are read again.
  beforeAll(() => {
    for (const [from, to] of diffPairs(previewDir)) {
      const path = `/endringer/${from}/${to}/`;
      const { all, main } = readForReaders(previewDir, path);
      const inMain = new Set(elementsOf(main));
      const summaries = all.filter((element) => attr(element, 'data-diff-summary') !== undefined);
      const counted = summaries.flatMap((summary) =>
        [...elementsOf(summary)].filter((element) => element.tagName === 'td' && attr(element, 'data-count') === 'changed'),
      );
      const changed = all.find((element) => attr(element, 'data-paragraph') === 'changed');
      const pagers = all.filter((element) => element.tagName === 'nav' && hasClass(element, 'change-pager'));
      firstPages.push({
        path,
        text: textOf(main),
        order: all
          .filter((element) => attr(element, 'data-diff-summary') !== undefined || (element.tagName === 'details' && inMain.has(element)))
          .map((element) => element.tagName),
        hasSummary: summaries.length > 0,
        counted: counted.reduce((sum, cell) => sum + Number(textOf(cell).replace(/\s/g, '')), 0),
        listed: listedIn(main),
        wordChanges:
          changed === undefined
            ? undefined
            : [...elementsOf(changed)].slice(1).filter((element) => element.tagName === 'ins' || element.tagName === 'del').length,
        parts: [
          ...new Set(
            pagers.flatMap((pager) =>
              [...elementsOf(pager)]
                .filter((element) => element.tagName === 'a' && attr(element, 'aria-label') !== undefined)
                .map((link) => attr(link, 'href')!),
            ),
          ),
        ],
      });
    }
  });

  test('every diff page shows rendered text: no Markdown, no link syntax; the summary comes first', () => {
    const found: string[] = [];
    for (const { path, text, order } of firstPages) {
      const syntax = text.match(/\]\(|~~|\*\*|\[[^\]]*\]\[|\b(?:tiltak|mal|handlingsplan|innsatsomrade|aktor|innspill|innspillsrunde):[A-Z]/g);
      if (syntax) found.push(`${path}: ${[...new Set(syntax)].join(' ')}`);
      if (order.includes('details') && order[0] !== 'section') found.push(`${path}: the summary is not on top`);
    }
    expect(firstPages.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  test('the summary counts what the pages list, 20 to a page, and a changed paragraph shows word changes inside it', () => {
    let checked = 0;
    let paged = 0;
    for (const first of firstPages) {
      if (!first.hasSummary) continue;
      if (first.wordChanges !== undefined) {
        expect(first.wordChanges, first.path).toBeGreaterThan(0);
        checked++;
      }
      // The changed documents run over the pages the pager links to; each page holds at most 20.
      let listed = 0;
      const firstUrl = new URL(first.path, 'http://site.invalid').href;
      for (const part of first.parts.length ? first.parts : [first.path]) {
        let here = first.listed;
        const url = new URL(part, firstUrl);
        if (url.href !== firstUrl) here = listedIn(readForReaders(previewDir, decodeURIComponent(url.pathname)).main);
        expect(here, part).toBeLessThanOrEqual(20);
        listed += here;
      }
      if (first.parts.length > 1) paged++;
      expect(listed, first.path).toBe(first.counted);
    }
    expect(checked, 'no diff page has a changed paragraph').toBeGreaterThan(0);
    expect(paged, 'no diff runs over several pages').toBeGreaterThan(0);
  });

  test('the public diff has no source-level diff; the preview keeps one for editors', async () => {
    const pairs = diffPairs(distDir);
    const { page } = await site.open(site.publicOrigin);
    for (const [from, to] of pairs) {
      await page.goto(`/endringer/${from}/${to}/`);
      expect(await page.locator('.source-diff').count()).toBe(0);
    }
    const preview = await site.open(site.previewOrigin);
    await preview.page.goto('/endringer/');
    const links = await preview.page.locator('main a[href^="/endringer/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    let sources = 0;
    for (const link of links) {
      await preview.page.goto(link);
      sources += await preview.page.locator('.source-diff').count();
      if (sources > 0) break;
    }
    expect(sources, 'no preview diff page has a source-level diff').toBeGreaterThan(0);
  });
});
