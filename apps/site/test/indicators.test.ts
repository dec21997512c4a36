/**
 * Indicators as the site shows them, on the demonstration's working draft: the table's rows in date order with the
 * planned line's value, the computed status beside the owners' of each goal, and the open data (the status in
 * strategi.json, every figure in indikatorer.csv).
 */
import path from 'node:path';
import type { Doc, Edition } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { compareWithOwners, indicatorRows } from '../src/lib/indicators.ts';
import { editionJson, indicatorsCsv } from '../src/lib/open-data.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';

const examples = path.join(import.meta.dirname, '../../../examples');
let site: SiteData;
let working: Edition;
const doc = <K extends 'indicator' | 'goal'>(id: string) => working.index.resolve(id) as Doc<K>;

beforeAll(async () => {
  site = await loadSite(examples, 'preview', path.dirname(examples), '2026-12-05');
  working = site.editions.at(-1)!;
});

describe('indicators on the site', () => {
  test('the table: baseline, measurements and targets in date order, each with the line’s value on its date', () => {
    expect(indicatorRows(doc('IND-1')).map((row) => [row.what, row.date, row.value, row.planned])).toEqual([
      ['baseline', '2022', 70, 70],
      ['measured', '2023', 71, 73.75],
      ['measured', '2024', 72, 77.5],
      ['measured', '2025', 73, 81.25],
      ['target', '2026', 85, 85],
      ['target', '2030', 100, 100],
    ]);
  });

  test('the computed status beside the owners’: behind the line while every measure is on schedule disagrees', () => {
    expect(compareWithOwners(working, doc('M-6'), doc('IND-1'), site)).toMatchObject({
      assessment: { status: 'ikke-på-vei' },
      owners: 'på-vei',
      offTrack: 0,
      disagree: true,
    });
    expect(compareWithOwners(working, doc('M-3'), doc('IND-2'), site)).toMatchObject({ assessment: { status: 'på-vei' }, owners: 'på-vei', disagree: false });
  });

  test('the open data: the computed status in strategi.json, every figure in indikatorer.csv', () => {
    const json = editionJson(working, undefined, site) as unknown as { documents: { indikatorer: { id: string; computedStatus: string }[] } };
    expect(json.documents.indikatorer.map((indicator) => [indicator.id, indicator.computedStatus])).toEqual([
      ['IND-1', 'ikke-på-vei'],
      ['IND-2', 'på-vei'],
    ]);
    const lines = indicatorsCsv(working).trim().split(/\r?\n/);
    expect(lines[0]).toBe('indicator,title,unit,what,date,value,planned,source,computedStatus,example');
    expect(lines.filter((line) => line.startsWith('IND-1,'))).toHaveLength(6);
    expect(lines).toContain(
      'IND-1,Skoler med trådløst nett i alle undervisningsrom,prosent,measured,2025,73,81.25,https://www.udir.no/tall-og-forskning/,ikke-på-vei,true',
    );
  });
});
