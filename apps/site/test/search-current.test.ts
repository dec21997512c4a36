/**
 * Search on the current version: its root pages are indexed into the root's own index (`/pagefind/`), so a hit shows
 * what the root page says today, with the published reports' statuses, and leads to that page. The archived copies
 * keep their own index, as on their release day. On the fixture's public build (T-3: «forsinket» in the text,
 * «stanset» in a later report), and on two builds with the archive cache, before and after that report: the second
 * takes every version from the cache and still indexes the report's status at the root.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ui } from '@strategi/i18n';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixtureContent, differing, filesUnder, versionsPlan } from './archive-helpers.ts';
import { contentWithChangedStatus } from './changed-status.ts';
import { fixturePublicBuild } from './shared-builds.ts';
import { buildScratch, buildSite, readTree } from './site-build.ts';

const t = ui('nb');
const current = '2024-revidert';

/** The indexed pages of the index in `folder` (`pagefind/` or `versjoner/<id>/pagefind/`) of `files`, by URL. */
function indexedPages(files: Map<string, string>, folder: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const [name, text] of files) {
    if (!name.startsWith(`${folder}fragment/`)) continue;
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    pages.set(fragment.url, fragment.content);
  }
  return pages;
}

describe('search on the fixture’s public build', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = readTree((await fixturePublicBuild()).out);
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

describe('search at the root with the archive cache', () => {
  const scratch = buildScratch('search-current');
  const env = {
    STRATEGI_BUILD_DATE: '2025-09-15',
    STRATEGI_PDF: '0',
    STRATEGI_CACHE_DIR: path.join(scratch, 'cache'),
    STRATEGI_CACHE_SECRET: 'the search test',
  };
  let before: string;
  let after: string;
  let log: string;
  beforeAll(async () => {
    before = path.join(scratch, 'before');
    await buildSite(copyFixtureContent(path.join(scratch, 'plain')), 'public', before, env);
    after = path.join(scratch, 'after');
    log = await buildSite(contentWithChangedStatus(path.join(scratch, 'reported')), 'public', after, env);
  }, 600_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('a new report changes the root’s index while every version comes from the cache unchanged', () => {
    expect(versionsPlan(log)).toMatch(/rendered: none\.$/);
    const status = (out: string) => indexedPages(readTree(out), 'pagefind/').get('/tiltak/T-3/');
    expect(status(before)).toContain(`Status: ${t.measureStatus.forsinket}`);
    expect(status(after)).toContain(`Status: ${t.measureStatus.stanset}`);
    expect(differing(filesUnder(before, 'versjoner'), filesUnder(after, 'versjoner')).filter((name) => name.includes('/pagefind/'))).toEqual([]);
  });
});
