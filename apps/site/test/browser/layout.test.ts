/**
 * The frame every page shares, as a reader on a phone (320 px) and a desktop (1280 px) meets it: the sender, a
 * menu that is closed on a phone and opens without JavaScript, the current page marked in the navigation,
 * breadcrumbs, headings in order, words that wrap whole, tables that fit and a chart that gives way to its table.
 */
import { describe, expect, test } from 'vitest';
import { pageTypesOfBoth, richestEdition } from './harness/examples.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { documentPath, firstIdOf } from './harness/site-files.ts';

const edition = richestEdition(distDir);
/** Every page type of the real content's public build, and those it lacks from the demonstration's preview. */
const pages = pageTypesOfBoth(distDir, previewDir);
const measurePath = documentPath(edition, 'measure', firstIdOf(distDir, edition, 'measure'));

describe('layout', () => {
  const site = useSite();

  test('at 320 px the menu is closed and opens without JavaScript; the first screen shows the page heading', async () => {
    const { page } = await site.open(site.publicOrigin, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    await page.goto(measurePath);
    const nav = page.locator('nav.main-nav');
    expect(await nav.isVisible()).toBe(false);
    const h1 = await page.locator('h1').boundingBox();
    expect(h1, 'h1 has a box').not.toBeNull();
    expect(h1!.y, 'the h1 starts within the first screen').toBeLessThan(640 - h1!.height / 2);
    await page.locator('.site-menu > summary').click();
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.locator('a').count()).toBeGreaterThan(3);
  });

  test('at 1280 px the navigation is shown without a menu button', async () => {
    const { page } = await site.open(site.publicOrigin, { javaScriptEnabled: false });
    await page.goto(measurePath);
    expect(await page.locator('nav.main-nav').isVisible()).toBe(true);
    expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
  });

  test('the navigation marks the page read, and the section a document page sits in', async () => {
    const { page } = await site.open(site.publicOrigin);
    await page.goto(`/versjoner/${edition}/tiltak/`);
    expect(await page.locator('nav.main-nav a[aria-current="page"]').textContent()).toBe('Tiltak');
    await page.goto(measurePath);
    expect(await page.locator('nav.main-nav a[aria-current="page"]').count()).toBe(0);
    expect(await page.locator('nav.main-nav a[aria-current="true"]').textContent()).toBe('Tiltak');
    const marked = await page.locator('nav.main-nav a[aria-current="true"]').evaluate((a) => getComputedStyle(a).borderBottomColor);
    const plain = await page
      .locator('nav.main-nav a:not([aria-current])')
      .first()
      .evaluate((a) => getComputedStyle(a).borderBottomColor);
    expect(marked, 'the marked item looks different').not.toBe(plain);
  });

  test('a document page has breadcrumbs ending in itself; a phone shows the way back up', async () => {
    const { page } = await site.open(site.publicOrigin);
    await page.goto(measurePath);
    const crumbs = page.locator('nav.ds-breadcrumbs ol a');
    expect(await crumbs.count()).toBeGreaterThanOrEqual(3);
    expect(await crumbs.last().getAttribute('aria-current')).toBe('page');
    expect(await crumbs.nth(1).getAttribute('href')).toBe(`/versjoner/${edition}/tiltak/`);
    const phone = await site.open(site.publicOrigin, { viewport: { width: 320, height: 640 } });
    await phone.page.goto(measurePath);
    const back = phone.page.locator('nav.ds-breadcrumbs > a');
    expect(await back.isVisible()).toBe(true);
    expect(await back.getAttribute('href')).toBe(`/versjoner/${edition}/tiltak/`);
  });

  test('every page type names the publishers, and has one h1 and headings that never skip a level', async () => {
    const { page } = await site.open(site.publicOrigin);
    const found: string[] = [];
    for (const { path, build } of [{ path: '/', build: 'public' }, ...pages]) {
      await page.goto(`${build === 'public' ? site.publicOrigin : site.previewOrigin}${path}`);
      const sender = (await page.locator('header .sender').textContent()) ?? '';
      if (!/Kunnskapsdepartementet/.test(sender) || !/\bKS\b/.test(sender)) found.push(`${path}: sender «${sender}»`);
      if (!/Kunnskapsdepartementet/.test((await page.locator('footer').textContent()) ?? '')) found.push(`${path}: no sender in the footer`);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
      if (levels.filter((level) => level === 1).length !== 1 || levels[0] !== 1) found.push(`${path}: h1 count or place (${levels.join(' ')})`);
      levels.forEach((level, i) => {
        if (i > 0 && level > levels[i - 1]! + 1) found.push(`${path}: h${levels[i - 1]} → h${level}`);
      });
    }
    expect(found).toEqual([]);
  });

  test('at 320 px headings and table headers wrap between words, tables fit and the chart gives way to its table', async () => {
    const { page } = await site.open(site.publicOrigin, { viewport: { width: 320, height: 900 } });
    const found: string[] = [];
    for (const { path, build } of [{ path: '/', build: 'public' }, ...pages]) {
      await page.goto(`${build === 'public' ? site.publicOrigin : site.previewOrigin}${path}`);
      const broken = await page.evaluate(() => {
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
      found.push(...broken.map((item) => `${path}: ${item}`));
    }
    expect(found).toEqual([]);
    await page.goto(`/versjoner/${edition}/fremdrift/`);
    expect(await page.locator('svg.chart').isVisible()).toBe(false);
    expect(await page.locator('table[data-progress-table]').isVisible()).toBe(true);
  });
});
