/**
 * Search excerpts read as the page's prose: the facts table (status, start, deadline and their example tags) is not
 * indexed, and the results keep the space after a highlighted word.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ui } from '@strategi/i18n';
import { describe, expect, test } from 'vitest';
import { distDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

interface Fragment {
  url: string;
  content: string;
}

/**
 * Every page Pagefind indexed, from each version's index and the root's (which the current version's pages search,
 * with the published reports' text); a fragment is gzip after a short signature.
 */
function fragments(): Fragment[] {
  const versions = join(distDir, 'versjoner');
  return [
    join(distDir, 'pagefind', 'fragment'),
    ...readdirSync(versions, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(versions, entry.name, 'pagefind', 'fragment')),
  ]
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => {
      return readdirSync(folder).map((file) => {
        const data = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
        return JSON.parse(data.slice(data.indexOf('{'))) as Fragment;
      });
    });
}

const pages = fragments();
const t = ui('nb');

describe('search excerpts', () => {
  const site = useSite();

  test('the facts table is not in the index', () => {
    const labels = [t.fields.start, t.fields.deadline, t.fields.sectors].map(
      (label) => new RegExp(`(^|[.:] )${label} (${t.example.label} )?[\\p{Lu}0-9]`, 'u'),
    );
    const status = new RegExp(`${t.fields.status} (${Object.values(t.measureStatus).join('|')}) ${t.example.label}`);
    const found = pages.filter((page) => [...labels, status].some((pattern) => pattern.test(page.content))).map((page) => page.url);
    expect(pages.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  test('a result keeps the spaces around its highlighted words', async () => {
    // A word followed by a comma and a space somewhere in the index: the hit must not swallow the space after it.
    const sample = pages.flatMap((page) => [...page.content.matchAll(/(\p{L}{6,}), (\p{L}{4,})/gu)].map((match) => match[1]!))[0];
    expect(sample, 'a word followed by «, » in the index').toBeDefined();
    const { page, errors } = await site.open(site.publicOrigin);
    await page.goto('/');
    await page.locator('#sok').fill(sample!);
    const excerpts = page.locator('[data-search-results] li p');
    await expect.poll(() => excerpts.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const texts = await excerpts.allTextContents();
    const glued = texts.filter((text) => new RegExp(`${sample},\\S`, 'iu').test(text));
    expect(glued).toEqual([]);
    // Every excerpt is a stretch of the indexed text, letter for letter and space for space.
    const indexed = pages.map((fragment) => fragment.content.replace(/\s+/g, ' '));
    const strays = texts
      .map((text) => text.replace(/\s+/g, ' ').replace(/^…|…$/g, '').trim())
      .filter((text) => !indexed.some((content) => content.includes(text.slice(0, 60))));
    expect(strays).toEqual([]);
    expect(errors).toEqual([]);
  });
});
