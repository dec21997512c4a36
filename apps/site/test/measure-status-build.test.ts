/**
 * The run's public build of the fixture (shared-builds.ts, fixturePublicBuild), which has a report that changed a
 * status (T-3: «forsinket» in the text, «stanset» in a later published report), and every place the built site shows
 * a measure's status: the list and its filter data, the status filter pages, the measure page, the whole document,
 * the progress page's reports and the feed on the root pages of the current version, and its open data
 * (`data/<id>/`, which goes with the root); its archived copy and search index agree with each other, as an older
 * version's open data does with its archived pages (the text's status on the release day).
 */

import { ui } from '@strategi/i18n';
import { measureStatuses } from '@strategi/schema';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixturePublicBuild, sharedTree } from './shared-builds.ts';
import { pageStatus, statusDisagreements, statusRows } from './status-shown.ts';

const t = ui('nb');
let files: ReadonlyMap<string, string>;
let built: string;
beforeAll(async () => {
  built = (await fixturePublicBuild()).out;
  files = sharedTree(built);
}, 300_000);

/** The status on a measure's page; `folder`: '' for the root, `versjoner/<id>/` for an archived version. */
const pageStatusIn = (folder: string, id: string) => pageStatus(files.get(`${folder}tiltak/${id}/index.html`) ?? '');

describe('every status shown of a measure', () => {
  test('agrees on the current version’s pages and the feed, with T-3 stopped as the report says', () => {
    const list = statusRows(files.get('tiltak/index.html')!, '/');
    expect(list.get('T-3')).toBe('stanset');
    expect(list.size).toBeGreaterThan(2);
    const filtered = new Map<string, string>();
    for (const status of measureStatuses) {
      for (const [id, shown] of statusRows(files.get(`tiltak/status/${status}/index.html`) ?? '', '/')) {
        expect(shown, `${id} on the «${status}» filter page`).toBe(status);
        filtered.set(id, status);
      }
    }
    // Every place, as the browser run checks the real content and the demonstration: the same helper.
    expect(statusDisagreements(built)).toEqual({ measures: list.size, disagreements: [] });
    for (const [id, status] of list) expect(filtered.get(id), `${id}: status filter`).toBe(status);
    // The page's one line names the report and links it on the progress page, where the change is listed.
    expect(files.get('tiltak/T-3/index.html')).toMatch(
      /Status: Stanset, per 15\. august 2025\s*\(<a class="ds-link" href="\/fremdrift\/#rapport-F-4">fremdriftsrapport september 2025<\/a>\)/,
    );
    const report = /<article id="rapport-F-4"[\s\S]*?<\/article>/.exec(files.get('fremdrift/index.html')!)?.[0] ?? '';
    expect(report).toContain(t.reports.changed(t.measureStatus.forsinket, t.measureStatus.stanset));
    // A report's note stays beside the status line.
    expect(files.get('tiltak/T-1/index.html')).toMatch(/Status: Fullført, per 20\. mai 2025[\s\S]*Leveransen er ferdig/);
    expect(files.get('feed.xml')).toContain(t.reports.changed(t.measureStatus.forsinket, t.measureStatus.stanset));
  });

  test('agrees on the current version’s archived pages and their search index: the text’s status on its release day', () => {
    const id = '2024-revidert';
    const base = `/versjoner/${id}/`;
    const list = statusRows(files.get(`versjoner/${id}/tiltak/index.html`)!, base);
    expect(list.get('T-3')).toBe('forsinket');
    // The archived copies keep their own search index: a hit there leads to the archived page whose excerpt it shows.
    // The root's index is built from the root pages, so its hit for T-3 says what the report says (search-current.test.ts).
    const fragments = [...files].filter(([name]) => name.startsWith(`versjoner/${id}/pagefind/fragment/`)).map(([, text]) => text);
    const rootHit = [...files].find(([name, text]) => name.startsWith('pagefind/fragment/') && text.includes('"url":"/tiltak/T-3/"'))?.[1];
    expect(rootHit, 'T-3: the root’s search index').toContain(`Status: ${t.measureStatus.stanset}`);
    for (const [measure, status] of list) {
      expect(pageStatusIn(base.slice(1), measure), `${measure}: archived page`).toBe(status);
      const fragment = fragments.find((text) => text.includes(`"url":"${base}tiltak/${measure}/"`));
      expect(fragment, `${measure}: search index`).toContain(`Status: ${t.measureStatus[status as 'stanset']}`);
    }
  });

  test('the current version’s open data says what its measure pages at the root say, with the day and the report', () => {
    const { csv, json } = openData('2024-revidert');
    const list = statusRows(files.get('tiltak/index.html')!, '/');
    expect(csv.length).toBe(list.size);
    for (const [measure, status] of list) {
      expect(csv.find((row) => row[0] === measure)?.[2], `${measure}: tiltak.csv`).toBe(status);
      expect(json.find((row) => row.id === measure)?.status, `${measure}: strategi.json`).toBe(status);
    }
    // T-3 as its page says: stopped on 15 August 2025, by the report F-4; T-1 done by F-1; the others by the text.
    expect(csv.find((row) => row[0] === 'T-3')?.slice(2, 5)).toEqual(['stanset', '2025-08-15', 'rapport:F-4']);
    expect(json.find((row) => row.id === 'T-3')).toMatchObject({ status: 'stanset', statusAsOf: '2025-08-15', statusSource: 'rapport:F-4' });
    expect(csv.find((row) => row[0] === 'T-1')?.slice(2, 5)).toEqual(['fullført', '2025-05-20', 'rapport:F-1']);
    expect(csv.filter((row) => !['T-1', 'T-3'].includes(row[0]!)).map((row) => row[4])).toEqual(csv.slice(2).map(() => 'versjon:2024-revidert'));
    const excel = files.get('data/2024-revidert/tiltak-excel.csv')!;
    expect(excel).toContain('stanset;2025-08-15;rapport:F-4');
  });

  test('an older version’s open data says what its archived pages say: the text’s status on its release day', () => {
    const id = '2023-vedtatt';
    const base = `/versjoner/${id}/`;
    const list = statusRows(files.get(`versjoner/${id}/tiltak/index.html`)!, base);
    const { csv, json } = openData(id);
    expect(csv.length).toBe(list.size);
    for (const [measure, status] of list) {
      expect(pageStatusIn(base.slice(1), measure), `${measure}: archived page`).toBe(status);
      expect(csv.find((row) => row[0] === measure)?.[2], `${measure}: tiltak.csv`).toBe(status);
      expect(csv.find((row) => row[0] === measure)?.[4], `${measure}: tiltak.csv`).toBe(`versjon:${id}`);
      expect(json.find((row) => row.id === measure)?.status, `${measure}: strategi.json`).toBe(status);
    }
  });
});

/** The measures of a version's tiltak.csv (cells split on commas: the fixture's titles have none) and strategi.json. */
function openData(id: string) {
  const csv = files
    .get(`data/${id}/tiltak.csv`)!
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));
  const json = JSON.parse(files.get(`data/${id}/strategi.json`)!).documents.tiltak as { id: string; status: string }[];
  return { csv, json };
}
