/**
 * The progress overview of the real content claims no schedule the sources do not give: its measures have no public
 * deadline (all but T-8), so a measure planned or started counts as «uten frist», not «i rute», and the share
 * «fullført eller i rute» is not the 100 % it read when every measure without a deadline was on schedule.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { progressOn } from '../src/lib/progress.ts';
import { loadSite } from '../src/lib/site-data.ts';
import { siteRoot } from './helpers.ts';

test('measures without a deadline are counted apart, and the share on schedule counts only those with one', async () => {
  const site = await loadSite(path.resolve(siteRoot, '../../content'), 'public', undefined, '2026-12-01');
  const current = site.editions.find((edition) => edition.id === '2023-vedtatt')!;
  const { total } = progressOn(current, '2026-12-01', site.reports);
  const undated = current.index.byKind.measure.filter((measure) => measure.data.deadline === undefined);
  expect(undated.length).toBeGreaterThan(0);
  expect(total.noDeadline).toBeGreaterThan(0);
  expect(total.done + total.onSchedule + total.behind + total.stopped + total.noDeadline).toBe(total.total);
  expect(total.shareDoneOrOnSchedule).toBeLessThan(1);
});
