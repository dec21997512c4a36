/**
 * The frame every page shares, as a reader on a phone (320 px) and a desktop (1280 px) meets it: a menu that is
 * closed on a phone and opens without JavaScript, the current page marked in the navigation, and breadcrumbs. The
 * checks of every page type (the sender, headings in order, words that wrap whole, tables that fit and a chart that
 * gives way to its table) read the pages axe.test.ts loads at both widths, and are there.
 */
import { describe, expect, test } from 'vitest';
import { richestEdition } from './harness/examples.ts';
import { distDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { documentPath, firstIdOf } from './harness/site-files.ts';

const edition = richestEdition(distDir);
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
});
