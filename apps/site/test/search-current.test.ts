/**
 * Search on the current version: its root pages are indexed into the root's own index (`/pagefind/`), so a hit shows
 * what the root page says today, with the published reports' statuses, and leads to that page. The archived copies
 * keep their own index, as on their release day. On the fixture's public build (T-3: «forsinket» in the text,
 * «stanset» in a later report). That a build taking every version from the archive cache after that report still
 * indexes the report's status at the root is archive-cache.test.ts's check, on its builds.
 */
import { ui } from '@strategi/i18n';
import { beforeAll, describe, expect, test } from 'vitest';
import { indexedPages } from './search-index.ts';
import { fixturePublicBuild, sharedTree } from './shared-builds.ts';

const t = ui('nb');
const current = '2024-revidert';

describe('search on the fixture’s public build', () => {
  let files: ReadonlyMap<string, string>;
  beforeAll(async () => {
    files = sharedTree((await fixturePublicBuild()).out);
  }, 300_000);

  test('a hit on the current version shows the report’s status and leads to the root page', () => {
    const root = indexedPages(files, 'pagefind/');
    expect(root.get('/tiltak/T-3/')).toContain(`Status: ${t.measureStatus.stanset}`);
    // Only the current version's root pages: no archived copy, no site-wide page.
    expect([...root.keys()].filter((url) => url.startsWith('/versjoner/') || url.startsWith('/endringer/'))).toEqual([]);
    expect(root.has('/')).toBe(true);
    // The root pages and the site-wide pages framed by the current version search there.
    for (const page of ['tiltak/T-3/index.html', 'index.html', 'fremdrift/index.html'])
      expect(files.get(page), page).toContain('data-bundle="/pagefind/pagefind.js"');
    expect(files.get('tiltak/T-3/index.html')).toContain(`data-pagefind-filter="versjon:${current}"`);
  });

  test('an archived version’s hit is as on its release day and leads to the archived page', () => {
    const archived = indexedPages(files, `versjoner/${current}/pagefind/`);
    expect(archived.get(`/versjoner/${current}/tiltak/T-3/`)).toContain(`Status: ${t.measureStatus.forsinket}`);
    expect([...archived.keys()].every((url) => url.startsWith(`/versjoner/${current}/`))).toBe(true);
    expect(files.get(`versjoner/${current}/tiltak/T-3/index.html`)).toContain(`data-bundle="/versjoner/${current}/pagefind/pagefind.js"`);
  });
});
