/**
 * What the search index holds: the documents and the pages about them, not the measure list's filter pages, whose
 * rows repeat the measures' own pages («Tiltak – Status: Startet» as a hit, its excerpt the table's cells).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { pageContext } from '../src/lib/page-context.ts';
import { allPages, pagePath } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { fixtureContent } from './helpers.ts';

let site: SiteData;
beforeAll(async () => {
  site = await loadSite(fixtureContent, 'public');
});

describe('the pages search indexes', () => {
  test('a filter page of the measures is not indexed; the list and every measure are', () => {
    const pages = allPages(site).filter((page) => page.type === 'measures' || (page.type === 'doc' && page.doc.kind === 'measure'));
    const indexed = new Map(pages.map((page) => [pagePath(page), pageContext(page, site).indexed]));
    const filters = [...indexed].filter(([path]) => /\/tiltak\/(sektor|status|ansvarlig)\//.test(path));
    expect(filters.length).toBeGreaterThan(0);
    expect(filters.filter(([, on]) => on)).toEqual([]);
    expect(indexed.get('/tiltak/')).toBe(true);
    expect([...indexed].filter(([path, on]) => /\/tiltak\/T-\d+\/$/.test(path) && !on)).toEqual([]);
  });
});
