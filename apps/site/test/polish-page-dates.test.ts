/** A document's «Publisert» and «Sist endret» dates, from the released versions up to the one read. */
import type { Edition } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageDates } from '../src/lib/page-dates.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { fixtureContent } from './helpers.ts';

let site: SiteData;
beforeAll(async () => {
  site = await loadSite(fixtureContent, 'public');
});
const edition = (id: string) => site.editions.find((candidate) => candidate.id === id) as Edition;
const datesOf = (editionId: string, docId: string) => pageDates(site.editions, edition(editionId), edition(editionId).byId.get(docId)!);

describe('page dates', () => {
  test('published with the first version that had the document, updated with the latest that changed it', () => {
    expect(datesOf('2024-revidert', 'T-1')).toEqual({ published: '2022-12-15', updated: '2024-06-01', history: '/historikk/tiltak/T-1/' });
  });

  test('an archived page counts only the versions up to its own', () => {
    expect(datesOf('2023-vedtatt', 'T-1')?.updated).toBe('2023-04-19');
    expect(datesOf('2022-horing', 'T-1')).toEqual({ published: '2022-12-15', updated: undefined, history: '/historikk/tiltak/T-1/' });
  });
});
