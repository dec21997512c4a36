/** The version bar's links: «Gjeldende tekst» leads from a version's archived page to the root, never to the page read. */
import { beforeAll, describe, expect, test } from 'vitest';
import { pageContext } from '../src/lib/page-context.ts';
import { allPages, pagePath } from '../src/lib/routes.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { fixtureContent } from './helpers.ts';

let site: SiteData;
beforeAll(async () => {
  site = await loadSite(fixtureContent, 'public');
});

describe('the version bar', () => {
  test('links to the current text from every page but the one that is the current text', () => {
    const selfLinks = allPages(site)
      .map((page) => [pagePath(page), pageContext(page, site).versionLine?.currentText] as const)
      .filter(([path, current]) => current !== undefined && decodeURI(current) === path);
    expect(selfLinks).toEqual([]);
    const archived = allPages(site).find((page) => pagePath(page) === '/versjoner/2023-vedtatt/tiltak/T-1/')!;
    expect(pageContext(archived, site).versionLine?.currentText).toBe('/tiltak/T-1/');
  });
});
