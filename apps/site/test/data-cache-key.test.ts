/**
 * The preview's keys of a version's open data files (dataCacheKeys in lib/page-cache-key.ts), as data: a file is
 * copied from the last preview while every file of its version is unchanged, and made again when one of them
 * changes, when the published reports change (the current version's statuses count them) or the day moves on.
 */
import type { Edition } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { dataCacheKeys } from '../src/lib/page-cache-key.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import type { BuildPlan } from '../src/plan/build-plan.ts';
import { fixtureContent, siteRoot } from './helpers.ts';
import testPlan from './plan.ts';

let site: SiteData;
const plan: BuildPlan = { ...testPlan, mode: 'preview' };
beforeAll(async () => {
  site = await loadSite(fixtureContent, 'preview', siteRoot, '2025-05-05', new Date('2025-05-05T10:00:00Z'));
});

/** Each version's data key, by version id. */
const keys = (of: SiteData, withPlan = plan) => Object.fromEntries(of.editions.map((edition) => [edition.id, dataCacheKeys(of, withPlan, 'code')(edition)]));

/** The site with the body of `id` in the version `version` changed. */
function withBodyChanged(version: string, id: string): SiteData {
  const edit = (edition: Edition): Edition =>
    edition.id !== version
      ? edition
      : {
          ...edition,
          documents: edition.documents.map((doc) => (doc.id === id ? ({ ...doc, body: `${doc.body}\nMer.`, hash: `${doc.hash}-endret` } as typeof doc) : doc)),
        };
  return { ...site, editions: site.editions.map(edit) };
}

describe('the preview’s keys of the open data files', () => {
  test('change for the version whose file changed, and for no other', () => {
    const before = keys(site);
    const after = keys(withBodyChanged('utkast', 'T-9'));
    expect(Object.keys(before).length).toBeGreaterThan(2);
    for (const id of Object.keys(before)) {
      if (id === 'utkast') expect(after[id]).not.toBe(before[id]);
      else expect(after[id]).toBe(before[id]);
    }
  });

  test('stay the same when only the moment moves, and change with the day and with the published reports', () => {
    const before = keys(site);
    expect(keys({ ...site, at: new Date('2025-05-05T11:00:00Z') }, { ...plan, at: '2025-05-05T11:00:00.000Z' })).toEqual(before);
    const nextDay = keys({ ...site, today: '2025-05-06' });
    expect(Object.values(nextDay).filter((key) => Object.values(before).includes(key))).toEqual([]);
    // A progress report published (the fixture has none): only its id and file are read for the key.
    const report = { id: 'F-2025-1', hash: 'rapportens-innhold' } as unknown as SiteData['reports'][number];
    const withReport = keys({ ...site, reports: [report] });
    expect(Object.values(withReport).filter((key) => Object.values(before).includes(key))).toEqual([]);
  });
});
