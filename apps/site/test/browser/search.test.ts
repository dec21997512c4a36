/**
 * Search: Pagefind is loaded by the page's script; typing a word from a measure's title into the search
 * on a version's page lists that measure, and only pages of that version.
 */
import { describe, expect, test } from 'vitest';
import { measureRows, richestEdition } from './harness/examples.ts';
import { distDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { documentPath, editionsOf } from './harness/site-files.ts';

/** The longest word of a title: the likeliest to find that measure first. */
function searchWord(title: string): string {
  const words = title.split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length >= 4);
  const word = words.sort((a, b) => b.length - a.length)[0];
  if (word === undefined) throw new Error(`no word to search for in "${title}"`);
  return word;
}

describe('search', () => {
  const site = useSite();
  const edition = richestEdition(distDir);
  const measure = measureRows(distDir, edition)[0]!;

  test(`typing "${searchWord(measure.title)}" finds ${measure.id} in ${edition}`, async ({ onTestFinished }) => {
    // A context of its own, not a pooled page: the requests it counts must not be answered from what an earlier test's
    // page has cached, and its listener goes with the context.
    const { page, errors } = await site.open(site.publicOrigin, {}, onTestFinished);
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith(`/versjoner/${edition}/pagefind/`)) pagefindRequests.push(request.url());
    });
    await page.goto(`/versjoner/${edition}/`);
    const box = page.getByRole('searchbox').first();
    await box.click();
    await box.pressSequentially(searchWord(measure.title), { delay: 20 });
    await box.press('Enter');

    const region = page.getByRole('search').first();
    const target = documentPath(edition, 'measure', measure.id);
    const hit = region.locator(`a[href$="${target}"], a[href$="${target}index.html"]`);
    await expect.poll(() => hit.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(pagefindRequests.length, "the index came from the version's own /versjoner/<id>/pagefind/").toBeGreaterThan(0);

    // Every result belongs to the version being read.
    const others = editionsOf(distDir).filter((other) => other !== edition);
    const hrefs = await region.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs.filter((href) => others.some((other) => href.startsWith(`/versjoner/${other}/`)))).toEqual([]);

    // A result is a working link.
    await hit.first().click();
    await page.waitForURL((url) => url.pathname === target);
    expect(errors).toEqual([]);
  });
});
