/**
 * The open data page's list of files, on the demonstration: every version has its StratML file beside the JSON and
 * the CSVs, at the path the StratML route writes, and the page says what StratML is.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ui } from '@strategi/i18n';
import { beforeAll, expect, test } from 'vitest';
import { DATA_FORMATS, dataFiles } from '../src/lib/data-files.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';

const examples = path.join(import.meta.dirname, '../../../examples');
let site: SiteData;

beforeAll(async () => {
  site = await loadSite(examples, 'preview', path.dirname(examples), '2026-12-05');
});

test('each version lists its StratML file, and indikatorer.csv only where it has indicators', () => {
  const released = site.editions.filter((edition) => edition.version !== undefined);
  expect(released.length).toBeGreaterThan(1);
  for (const edition of site.editions) {
    const files = dataFiles(edition);
    expect(files.filter((file) => file.format === 'StratML')).toEqual([
      { format: 'StratML', name: 'strategi.stratml.xml', path: `/data/${edition.id}/strategi.stratml.xml` },
    ]);
    expect(files.some((file) => file.name === 'indikatorer.csv')).toBe(edition.index.byKind.indicator.length > 0);
    expect(DATA_FORMATS).toEqual(expect.arrayContaining([...new Set(files.map((file) => file.format))]));
  }
});

test('every file listed is one the data routes write', () => {
  const routes = readdirSync(path.join(import.meta.dirname, '../src/pages/data/[edition]')).map((file) => file.replace(/\.ts$/, ''));
  const listed = new Set(site.editions.flatMap((edition) => dataFiles(edition).map((file) => file.name)));
  expect([...listed].sort()).toEqual(routes.sort());
});

test('the page says in plain words what StratML is, in every language', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    expect(ui(lang).dataPage.stratmlHeading).toBe('StratML: strategi.stratml.xml');
    expect(ui(lang).dataPage.stratmlText).toContain('ISO 17469-1');
  }
});
