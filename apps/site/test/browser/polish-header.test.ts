/**
 * The header with a search made: on a phone the open menu, its version list and the results stay inside the
 * screen with «Meny» on it; on a desktop the results open without squeezing the site's name.
 */
import { describe, expect, test } from 'vitest';
import { measureRows, richestEdition } from './harness/examples.ts';
import { distDir } from './harness/paths.ts';
import { type Site, useSite } from './harness/session.ts';

/** The word most measure titles share, so that the results list is long and its excerpts full. */
const edition = richestEdition(distDir);
const counts = new Map<string, number>();
for (const row of measureRows(distDir, edition)) {
  for (const word of new Set(row.title.toLowerCase().split(/[^\p{L}]+/u))) if (word.length >= 6) counts.set(word, (counts.get(word) ?? 0) + 1);
}
const term = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? 'digital';

async function searched(site: Site, width: number) {
  const { page, errors } = await site.open(site.publicOrigin, { viewport: { width, height: 900 } });
  await page.goto(`/`);
  const summary = page.locator('.site-menu > summary');
  if (await summary.isVisible()) await summary.click();
  await page.locator('#sok').fill(term);
  await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return { page, errors };
}

describe('the header with search results', () => {
  const site = useSite();

  test(`at 320 px the open menu and the results for «${term}» fit the screen, «Meny» on it`, async () => {
    const { page, errors } = await searched(site, 320);
    // Norwegian compounds can be longer than a phone's line, and Chromium without a dictionary cannot hyphenate them.
    await page
      .locator('.search-results li p')
      .first()
      .evaluate((excerpt) => {
        excerpt.append(' informasjonssikkerhetskompetanseutviklingsprogrammene');
      });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(320);
    const menu = await page.locator('.site-menu > summary').boundingBox();
    expect(menu).not.toBeNull();
    expect(menu!.x + menu!.width, '«Meny» ends inside the viewport').toBeLessThanOrEqual(320);
    const widest = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll('.site-menu-content, .version-switcher, .search-results')].map((e) => e.getBoundingClientRect().right)),
    );
    expect(widest, 'menu, version list and results end inside the viewport').toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });

  test(`at 1280 px the results for «${term}» leave the site name on one line`, async () => {
    const { page, errors } = await searched(site, 1280);
    const lines = await page.locator('.site-name span').evaluate((span) => {
      const range = document.createRange();
      range.selectNodeContents(span);
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
    const results = await page.locator('.search-results').boundingBox();
    expect(results!.width, 'the results have room to be read').toBeGreaterThan(400);
    expect(errors).toEqual([]);
  });
});
