/**
 * The measure table's filters. Without JavaScript, the filter links lead to pages listing exactly the
 * measures that match; with JavaScript, the form hides the other rows in place. The expected sets come
 * from the edition's own tiltak.csv. For the current version that file gives each measure's status as the root's
 * pages show it (published progress reports included), so the root's table is the one tested; an older version's
 * file and archived pages both give the status on its release day.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type MeasureRow, measureRows, richestEdition } from './harness/examples.ts';
import { distDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

const edition = richestEdition(distDir);
const rows = measureRows(distDir, edition);
const current = (JSON.parse(readFileSync(join(distDir, 'versjoner', 'versjoner.json'), 'utf8')) as { current: string | null }).current;
const base = edition === current ? '/tiltak/' : `/versjoner/${edition}/tiltak/`;

/**
 * A value of a field that some, but not all, measures have: filtering by it shows a change. When every measure
 * has the same value (all planned, say, in a freshly adopted version), that value: the filter must then keep all.
 */
function discriminating(values: (row: MeasureRow) => string[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of values(row)) counts.set(value, (counts.get(value) ?? 0) + 1);
  const found = [...counts].find(([, count]) => count > 0 && count < rows.length) ?? [...counts][0];
  if (found === undefined) throw new Error(`no measure in ${edition} has a value to filter on`);
  return found[0];
}

const filters = [
  { name: 'status', segment: 'status', value: discriminating((row) => [row.status]), field: (row: MeasureRow) => [row.status] },
  { name: 'sector', segment: 'sektor', value: discriminating((row) => row.sectors), field: (row: MeasureRow) => row.sectors },
  { name: 'responsible', segment: 'ansvarlig', value: discriminating((row) => row.responsible), field: (row: MeasureRow) => row.responsible },
];

/** The measure ids of the table rows a reader can see, sorted. */
async function visibleMeasureIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('main table tbody tr')
    .evaluateAll((trs) =>
      trs
        .filter((tr) => (tr as HTMLElement).offsetParent !== null && getComputedStyle(tr).visibility !== 'hidden')
        .map((tr) => /\/tiltak\/([^/]+)\/$/.exec(tr.querySelector('a[href]')?.getAttribute('href') ?? '')?.[1] ?? '?'),
    );
  return ids.map((id) => decodeURIComponent(id)).sort();
}

const expectedIds = (keep: (row: MeasureRow) => boolean): string[] =>
  rows
    .filter(keep)
    .map((row) => row.id)
    .sort();

describe('measure filter', () => {
  const site = useSite();

  test('the full table lists every measure of the edition', async () => {
    const { page } = await site.open(site.publicOrigin, { javaScriptEnabled: false });
    await page.goto(base);
    expect(await visibleMeasureIds(page)).toEqual(expectedIds(() => true));
  });

  test.each(filters)('without JavaScript, the $name link ($segment/$value) leads to a filtered table', async ({ segment, value, field }) => {
    const { page } = await site.open(site.publicOrigin, { javaScriptEnabled: false });
    await page.goto(base);
    const target = `${base}${segment}/${encodeURIComponent(value)}/`;
    const link = page.locator(`main a[href="${target}"]`);
    expect(await link.count(), `${base} has no link to ${target}`).toBeGreaterThan(0);
    expect(await link.first().isVisible()).toBe(true);
    await link.first().click();
    await page.waitForURL((url) => url.pathname === target);
    expect(await visibleMeasureIds(page)).toEqual(expectedIds((row) => field(row).includes(value)));
  });

  test('with JavaScript, the form filters the rows in place', async () => {
    const { page, errors } = await site.open(site.publicOrigin);
    await page.goto(base);
    const [status, sector] = [filters[0]!, filters[1]!];

    const statusSelect = page.getByRole('combobox', { name: /status/i });
    await expect.poll(() => statusSelect.isVisible()).toBe(true);
    await statusSelect.selectOption(status.value);
    await expect.poll(() => visibleMeasureIds(page)).toEqual(expectedIds((row) => row.status === status.value));
    expect(new URL(page.url()).pathname, 'filtering stays on the page').toBe(base);

    // Two filters together.
    const sectorSelect = page.getByRole('combobox', { name: /sektor/i });
    await sectorSelect.selectOption(sector.value);
    await expect.poll(() => visibleMeasureIds(page)).toEqual(expectedIds((row) => row.status === status.value && row.sectors.includes(sector.value)));

    // Back to all.
    await statusSelect.selectOption('');
    await sectorSelect.selectOption('');
    await expect.poll(() => visibleMeasureIds(page)).toEqual(expectedIds(() => true));
    expect(errors).toEqual([]);
  });
});
