/**
 * Withdrawn and withheld consultation responses leave no trace in the built site (issue #32). Responses reach the
 * site only as inputs an editor makes of them; the long-content build (shared-builds.ts) releases the inputs made
 * from a published, a withheld and a withdrawn response (consultation-responses.ts), each response with its own
 * marker in its text, name and organisation. The published marker is in the pages, the search index and the open
 * data; the others are in no file of the build: HTML, search index, JSON, CSV, feed, sitemap or PDF.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { RESPONSE_MARKERS } from './consultation-responses.ts';
import { filesHolding } from './helpers.ts';
import { LONG_VERSION } from './long-content.ts';
import { longContentBuild, sharedTree } from './shared-builds.ts';

let files: ReadonlyMap<string, string>;
beforeAll(async () => {
  files = sharedTree((await longContentBuild()).out);
}, 600_000);

const containing = (marker: string) => filesHolding(files, marker);
const kindOf = (file: string) => (/(^|\/)pagefind\//.test(file) ? 'pagefind' : path.extname(file));
const inputPage = (id: string) => files.get(`versjoner/${LONG_VERSION}/innspill/${id}/index.html`);

describe('consultation responses in the built site', () => {
  test('the published response is public through its input: its page, the search index and the open data', () => {
    expect(inputPage('IN-3')).toContain(`Målet bør gjelde SFO. ${RESPONSE_MARKERS.published}.`);
    expect(inputPage('IN-3')).toContain(`Kari ${RESPONSE_MARKERS.published}, Foreningen ${RESPONSE_MARKERS.published}`);
    expect(new Set(containing(RESPONSE_MARKERS.published).map(kindOf))).toEqual(new Set(['.html', '.json', 'pagefind', '.xml']));
  });

  test('the withheld response became an input that says only that it is not public', () => {
    expect(inputPage('IN-4')).toContain('Høringssvaret er ikke offentlig.');
    expect(inputPage('IN-4')).toContain('Høringssvar uten navn');
  });

  test('the withdrawn response became no input', () => {
    expect(inputPage('IN-5')).toBeUndefined();
  });

  test.each(['withheld', 'withdrawn'] as const)('the %s response is in no file of the build', (kind) => {
    expect(containing(RESPONSE_MARKERS[kind])).toEqual([]);
  });

  test('the files looked in are every kind of export', () => {
    expect([...new Set([...files.keys()].map(kindOf))].filter((kind) => ['.html', '.json', '.csv', '.xml', '.pdf', 'pagefind'].includes(kind)).sort()).toEqual([
      '.csv',
      '.html',
      '.json',
      '.pdf',
      '.xml',
      'pagefind',
    ]);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['feed.xml', 'sitemap.xml', `data/${LONG_VERSION}/strategi.json`, `data/${LONG_VERSION}/tiltak.csv`]),
    );
    expect([...files.keys()].some((file) => file.endsWith('.pdf') && file.startsWith(`versjoner/${LONG_VERSION}/`))).toBe(true);
  });
});
