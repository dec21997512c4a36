/**
 * Keyboard only, on a version's measure table: the first Tab lands on the skip link, which moves focus
 * to the main content; tabbing on reaches the search, the version switcher, the filter and a measure
 * link, each with a visible focus indicator; Enter on the measure link opens the measure.
 */

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { richestEdition } from './harness/examples.ts';
import { distDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

type Role = 'skip link' | 'search' | 'version switcher' | 'filter' | 'measure link' | 'other';

interface Focused {
  role: Role;
  describe: string;
  href: string | null;
  /** The focus indicator: a non-zero outline or a box shadow, as computed while focused. */
  indicator: string | undefined;
}

/** What has focus now, classified, with its computed focus indicator. */
function focused(page: Page): Promise<Focused | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
        : undefined;
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : undefined;
    const href = element.getAttribute('href');
    const inVersionSwitcher = /versjon/i.test(element.closest('nav')?.getAttribute('aria-label') ?? '');
    const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '';
    let role: Role = 'other';
    if (element.tagName === 'A' && href?.startsWith('#') && /hopp|hovedinnhold|skip/i.test(element.textContent ?? '')) role = 'skip link';
    else if (element.matches('input[type=search], [role=searchbox]') || (element.closest('search, [role=search]') && element.matches('input'))) role = 'search';
    else if (inVersionSwitcher || (element.matches('select') && /versjon/i.test(label))) role = 'version switcher';
    else if (element.matches('select, input, button') && !element.closest('search, [role=search]')) role = 'filter';
    else if (element.tagName === 'A' && element.closest('table') && /\/tiltak\/[^/]+\/$/.test(new URL(href ?? '', location.href).pathname))
      role = 'measure link';
    return {
      role,
      describe: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> ${label.replace(/\s+/g, ' ').trim().slice(0, 40)}`,
      href,
      indicator: outline ?? shadow,
    };
  });
}

describe('keyboard', () => {
  const site = useSite();
  const edition = richestEdition(distDir);
  const start = `/versjoner/${edition}/tiltak/`;

  test('the skip link comes first and moves focus to the main content', async () => {
    const { page } = await site.open(site.publicOrigin);
    await page.goto(start);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.role, `the first Tab focused ${first?.describe}`).toBe('skip link');
    expect(first?.indicator, 'the skip link shows focus').toBeDefined();
    const box = await page.locator(':focus').boundingBox();
    expect(box !== null && box.width > 1 && box.height > 1 && box.y >= 0, 'the focused skip link is on screen').toBe(true);

    const target = first!.href!.slice(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((id) => document.getElementById(id)?.contains(document.activeElement) ?? false, target);
    expect(inside, `after the skip link, Tab stays in #${target}`).toBe(true);
  });

  test('Tab reaches the search, the version switcher, the filter and a measure link, each visibly; Enter opens the measure', async () => {
    const { page, errors } = await site.open(site.publicOrigin);
    await page.goto(start);
    // The enhanced parts (search, filter form) are shown by scripts: wait until they are.
    await expect.poll(() => page.getByRole('searchbox').first().isVisible()).toBe(true);

    const seen: Focused[] = [];
    const wanted: Role[] = ['skip link', 'search', 'version switcher', 'filter', 'measure link'];
    for (let i = 0; i < 150 && !seen.some((f) => f.role === 'measure link'); i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now !== undefined) seen.push(now);
    }
    expect(seen[0]?.role, `the first Tab focused ${seen[0]?.describe}`).toBe('skip link');
    for (const role of wanted) {
      const reached = seen.find((f) => f.role === role);
      expect(reached, `Tab never reached the ${role}; it went through ${seen.map((f) => f.describe).join(', ')}`).toBeDefined();
      expect(reached!.indicator, `${reached!.describe} (${role}) has no visible focus indicator`).toBeDefined();
    }
    const order = wanted.map((role) => seen.findIndex((f) => f.role === role));
    expect(order[3]! < order[4]!, 'the filter comes before the table it filters').toBe(true);
    // Every stop on the way shows focus, not only the ones named above.
    expect(seen.filter((f) => f.indicator === undefined).map((f) => f.describe)).toEqual([]);

    const link = seen.at(-1)!;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(link.href!, url).pathname);
    expect(errors).toEqual([]);
  });
});
