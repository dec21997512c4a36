/**
 * What every page type must show of the shared frame, read from a loaded page: the publishers, and headings in order
 * (at any width); at 320 px, headings and table headers that wrap between words and tables that fit. Each returns the
 * problems found, as lines; the axe scans read them from the pages they load anyway.
 */
import type { Page } from 'playwright-core';

/** The publishers in the header and the footer, one h1 first, and no heading level skipped. */
export async function frameProblems(page: Page): Promise<string[]> {
  const found: string[] = [];
  const sender = (await page.locator('header .sender').textContent()) ?? '';
  if (!/Kunnskapsdepartementet/.test(sender) || !/\bKS\b/.test(sender)) found.push(`sender «${sender}»`);
  if (!/Kunnskapsdepartementet/.test((await page.locator('footer').textContent()) ?? '')) found.push('no sender in the footer');
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
  if (levels.filter((level) => level === 1).length !== 1 || levels[0] !== 1) found.push(`h1 count or place (${levels.join(' ')})`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) found.push(`h${levels[i - 1]} → h${level}`);
  });
  return found;
}

/** Headings, captions and table headers that break inside a word that fits their line, and tables wider than the screen. */
export function wrapProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const element of document.querySelectorAll('main h1, main h2, main th, main caption')) {
      // A visually hidden header row (the stacked tables label each cell instead) is not read on screen.
      if ((element.closest('thead')?.getBoundingClientRect().width ?? 2) <= 1) continue;
      const style = getComputedStyle(element);
      if (style.hyphens !== 'auto') out.push(`<${element.tagName.toLowerCase()}> is not hyphenated`);
      const room = element.getBoundingClientRect().width - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A hyphen is a place to break, so the parts between hyphens count as words.
        for (const match of text.matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const tops = new Set(rects.map((rect) => Math.round(rect.top)));
          // A word longer than the line must break; `hyphens: auto` (checked above) puts a hyphen there
          // wherever the browser has the language's dictionary (not Debian's Chromium, hence this allowance).
          const wordWidth = rects.reduce((sum, rect) => sum + rect.width, 0);
          if (tops.size > 1 && wordWidth < room) out.push(`«${match[0]}» in <${element.tagName.toLowerCase()}>`);
        }
      }
    }
    for (const table of document.querySelectorAll('main table')) {
      const box = table.getBoundingClientRect();
      if (box.right > window.innerWidth + 1) out.push(`a table ends at ${Math.round(box.right)} px`);
    }
    return out;
  });
}
