/**
 * One status per measure, wherever the site says it: the measure page's line, the list and its filter data, the
 * progress rollup, the reports' «after», and the open data of the version. Checked through the lib functions the
 * pages use, on the fixture (T-1's status changed by a published report) and on the demonstration in examples/ (T-8,
 * done by its December 2024 report).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDate, ui } from '@strategi/i18n';
import type { Doc, Edition } from '@strategi/model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editionView } from '../src/lib/archive/view.ts';
import { editionJson, measuresCsv } from '../src/lib/open-data.ts';
import { progressOn } from '../src/lib/progress.ts';
import { archivedView, reportChanges, reportsOf, statusShown } from '../src/lib/reports.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { contentWithChangedStatus } from './changed-status.ts';
import { siteRoot } from './helpers.ts';

/** The demonstration corpus: its dated reports are the workflow's, not the real strategy's (content/). */
const demoContent = path.resolve(siteRoot, '../../examples');

/** Every status the root pages of the current version and its exports show for each measure. */
function statusesShown(site: SiteData, edition: Edition) {
  const view = editionView(edition, '/', site);
  const reports = reportsOf(edition, view);
  const done = progressOn(edition, view.today, reports).total.done;
  const afterLatest = new Map<string, string>();
  for (const { report, changes } of reportChanges(edition, reports))
    for (const change of changes) afterLatest.set(`${change.measure.id} ${report.id}`, change.after);
  return { view, done, afterLatest };
}

describe('the fixture', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-measure-status-'));
  let site: SiteData;
  beforeAll(async () => {
    site = await loadSite(contentWithChangedStatus(scratch), 'public', undefined, '2025-10-01');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('T-3, stopped in a published report after the text said «forsinket», reads «stanset» on the current pages', () => {
    const current = site.current!;
    const t3 = current.index.resolve('T-3') as Doc<'measure'>;
    expect(t3.data.status).toBe('forsinket');
    const answer = statusShown(current, t3, editionView(current, '/', site));
    expect(answer).toMatchObject({ status: 'stanset', asOf: '2025-08-15', source: { kind: 'progress-report', id: 'F-4', date: '2025-09-01' } });
    // The archived copy of the version says what its text said on its release day.
    expect(statusShown(current, t3, editionView(current, '/versjoner/2024-revidert/', site)).status).toBe('forsinket');
  });

  test('the rollup, the reports and the page agree for every measure', () => {
    const current = site.current!;
    const { view, done, afterLatest } = statusesShown(site, current);
    const measures = current.index.byKind.measure;
    const shown = measures.map((measure) => [measure, statusShown(current, measure, view)] as const);
    expect(done).toBe(shown.filter(([, answer]) => answer.status === 'fullført').length);
    for (const [measure, answer] of shown) {
      if (answer.source.kind === 'progress-report') expect(afterLatest.get(`${measure.id} ${answer.source.id}`), measure.id).toBe(answer.status);
    }
  });

  test('an archived version and its open data say what its text said on its release day, in the JSON and the CSV alike', () => {
    for (const edition of site.editions.filter((candidate) => candidate.version)) {
      const statuses = edition.index.byKind.measure.map((measure) => statusShown(edition, measure, archivedView(edition)).status);
      const json = editionJson(edition, undefined).documents['tiltak'] as unknown as { id: string; status: string }[];
      expect(json.map((measure) => measure.status)).toEqual(statuses);
      const csv = measuresCsv(edition)
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[2]);
      expect(csv).toEqual(statuses);
    }
  });
});

describe('the demonstration in examples/', () => {
  test('T-8 reads «Fullført» as of 11 November 2024 from the December 2024 report, in one line', async () => {
    const site = await loadSite(demoContent, 'public', undefined, '2026-12-04');
    const current = site.current!;
    const t8 = current.index.resolve('T-8') as Doc<'measure'>;
    const view = editionView(current, '/', site);
    const answer = statusShown(current, t8, view);
    expect(answer).toMatchObject({ status: 'fullført', asOf: '2024-11-11', source: { kind: 'progress-report', id: 'F-1' } });
    const t = ui('nb');
    const date = formatDate('nb', answer.asOf!);
    const source = answer.source.kind === 'progress-report' ? t.reports.reportSource(formatDate('nb', answer.source.date.slice(0, 7))) : '';
    expect(`${t.reports.statusLine(t.measureStatus[answer.status], date)} (${source})`).toBe(
      'Status: Fullført, per 11. november 2024 (fremdriftsrapport desember 2024)',
    );
    // The list, the filters and the rollup count it done too.
    const { done } = statusesShown(site, current);
    expect(done).toBe(current.index.byKind.measure.filter((measure) => statusShown(current, measure, view).status === 'fullført').length);
    expect(done).toBeGreaterThan(0);
  });
});
