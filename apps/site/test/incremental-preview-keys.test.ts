/**
 * The preview's page keys (lib/page-cache-key.ts) and the moment of the build: the plan holds it, and it changes
 * with every build, so the keys hold only what it decides — which versions are scheduled for later, which one is
 * current — or no preview would ever copy a page. Without a build: the keys of the fixture's pages as data.
 */
import type { Edition } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageCacheKeys } from '../src/lib/page-cache-key.ts';
import { allPages } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import type { BuildPlan } from '../src/plan/build-plan.ts';
import { fixtureContent, siteRoot } from './helpers.ts';
import testPlan from './plan.ts';

let site: SiteData;
beforeAll(async () => {
  site = await loadSite(fixtureContent, 'preview', siteRoot, '2025-05-05', new Date('2025-05-05T10:00:00Z'));
});

/** The fixture's preview at the moment `at`, with its newest release scheduled for noon that day. */
function scheduledAt(at: string): { site: SiteData; plan: BuildPlan } {
  const schedule = (edition: Edition): Edition =>
    edition.id === '2024-revidert' ? { ...edition, version: { ...edition.version!, publishAt: '2025-05-05T12:00:00.000Z' } } : edition;
  return { site: { ...site, at: new Date(at), editions: site.editions.map(schedule) }, plan: { ...testPlan, mode: 'preview', at } };
}

const keys = ({ site, plan }: { site: SiteData; plan: BuildPlan }, codeHash = 'code') => allPages(site).map(pageCacheKeys(site, plan, codeHash));

describe('the preview’s page keys', () => {
  test('stay the same when only the moment of the build moves', () => {
    expect(keys(scheduledAt('2025-05-05T11:00:00.000Z'))).toEqual(keys(scheduledAt('2025-05-05T10:00:00.000Z')));
  });

  test('change when the moment passes a version’s publishing time (its «publiseres …» notice goes)', () => {
    const before = keys(scheduledAt('2025-05-05T11:00:00.000Z'));
    const after = keys(scheduledAt('2025-05-05T13:00:00.000Z'));
    expect(after.filter((key, i) => key === before[i])).toEqual([]);
  });

  // A title, a status, a goal's measures: every page shows some frontmatter (the header, the lists, the links), so a
  // change to any field changes every key; incremental-preview.test.ts builds one such change and compares the result
  // with a preview built from nothing.
  test.for([
    ['a measure’s status', 'T-4', { status: 'startet' }],
    ['the goals a measure serves', 'T-5', { goals: ['M-2'] }],
    ['a measure’s title', 'T-1', { title: 'Kompetansepakke for alle barnehageansatte' }],
  ] as const)('change with %s in the draft, on every page', ([, id, change]) => {
    const now = scheduledAt('2025-05-05T10:00:00.000Z');
    const edit = (edition: Edition): Edition =>
      edition.id !== 'utkast'
        ? edition
        : { ...edition, documents: edition.documents.map((doc) => (doc.id === id ? ({ ...doc, data: { ...doc.data, ...change } } as typeof doc) : doc)) };
    const changed = { ...now, site: { ...now.site, editions: now.site.editions.map(edit) } };
    // The draft has the measure, so the change is made.
    expect(now.site.editions.find((edition) => edition.id === 'utkast')?.documents.some((doc) => doc.id === id)).toBe(true);
    const before = keys(now);
    expect(keys(changed).filter((key, i) => key === before[i])).toEqual([]);
  });

  test('change with the code, which Astro does not hash for the unbundled @strategi packages', () => {
    const now = scheduledAt('2025-05-05T10:00:00.000Z');
    const before = keys(now, 'code');
    expect(keys(now, 'other code').filter((key, i) => key === before[i])).toEqual([]);
  });
});
