/**
 * A reader clicks down from the front page to a measure and back up again, following the links the
 * pages show: front page → focus area → goal → measure → goal → focus area → front page.
 */

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { richestEdition } from './harness/examples.ts';
import { distDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

const focusAreaLink = /\/innsatsomrader\/[^/]+\/$/;
const goalLink = /\/mal\/[^/]+\/$/;
const measureLink = /\/tiltak\/(?!(?:sektor|status|ansvarlig)\/)[^/]+\/$/;

/** Follows the first visible link in <main> whose href matches, and returns the URL path it led to. */
async function follow(page: Page, pattern: RegExp, what: string): Promise<string> {
  // Only what the reader sees: the breadcrumbs' phone-only «back» link is hidden on a desktop.
  const visibleLinks = page.locator('main a[href]').filter({ visible: true });
  const hrefs = await visibleLinks.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const index = hrefs.findIndex((href) => pattern.test(new URL(href).pathname));
  expect(index, `${page.url()} links to no ${what} in <main>`).toBeGreaterThanOrEqual(0);
  const target = new URL(hrefs[index]!).pathname;
  await visibleLinks.nth(index).click();
  await page.waitForURL((url) => url.pathname === target);
  await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
  return target;
}

/** Follows a link anywhere on the page (breadcrumb, "part of" list, header) back to `target`. */
async function backTo(page: Page, target: string, what: string): Promise<void> {
  const link = page.locator(`a[href="${target}"]`).filter({ visible: true }).first();
  expect(await link.count(), `${page.url()} has no link back to the ${what} ${target}`).toBeGreaterThan(0);
  await link.click();
  await page.waitForURL((url) => url.pathname === target);
}

describe('navigation', () => {
  const site = useSite();

  test.each([
    ['the current version at the root', '/'],
    ['a version under /versjoner/', `/versjoner/${richestEdition(distDir)}/`],
  ])('front page → focus area → goal → measure and back up, in %s', async (_name, frontPath) => {
    const { page, errors } = await site.open(site.publicOrigin);
    await page.goto(frontPath);

    const focusArea = await follow(page, focusAreaLink, 'focus area');
    const goal = await follow(page, goalLink, 'goal');
    const measure = await follow(page, measureLink, 'measure');
    // Links stay in the version they started in.
    for (const path of [focusArea, goal, measure]) expect(path.startsWith(frontPath)).toBe(true);

    // The measure page: its name as readers say it («Tiltak 3» for T-3), its facts, and its status history as an
    // ordered list of dated entries.
    const id = measure.split('/').at(-2)!;
    await expect.poll(() => page.locator('main').textContent()).toContain(`Tiltak ${id.replace(/^T-/, '')}`);
    const timeline = page.locator('main ol:has(time[datetime])');
    if ((await timeline.count()) > 0) expect(await timeline.first().locator('li').count()).toBeGreaterThan(0);

    await backTo(page, goal, 'goal');
    await backTo(page, focusArea, 'focus area');
    await backTo(page, frontPath, 'front page');
    expect(errors).toEqual([]);
  });
});
