/**
 * A diff page between two versions marks insertions and deletions with <ins> and <del>, and shows
 * a changed field with its old and new value side by side.
 */
import { describe, expect, test } from 'vitest';
import { diffPairs } from './harness/examples.ts';
import { distDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

/** Field labels a measure's facts use; a field change names one of them. */
const fieldLabels = /\b(Status|Frist|Start|Tittel|Sektorer|Ansvarlig|Deltar|Mål|Handlingsplan|Innspill)\b/;

describe('diff', () => {
  const site = useSite();

  test('the changes list links to diffs, and a diff shows <ins>, <del> and a changed field', async () => {
    const pairs = diffPairs(distDir);
    expect(pairs.length, 'the build has no /endringer/<from>/<to>/ page').toBeGreaterThan(0);
    const { page, errors } = await site.open(site.publicOrigin);
    await page.goto('/endringer/');
    const diffLinks = page.locator('main a[href^="/endringer/"]');
    expect(await diffLinks.count()).toBeGreaterThan(0);

    // The diff between the two newest editions: the likeliest to change a measure's fields.
    const [from, to] = pairs.at(-1)!;
    await page.goto(`/endringer/${from}/${to}/`);
    const main = page.locator('main');
    expect(await main.locator('ins').count(), 'no <ins> on the diff page').toBeGreaterThan(0);
    expect(await main.locator('del').count(), 'no <del> on the diff page').toBeGreaterThan(0);
    expect(await main.locator('ins').first().isVisible()).toBe(true);
    expect(await main.locator('del').first().isVisible()).toBe(true);

    // A field change: one row, item or entry holds both the old value (<del>) and the new one (<ins>),
    // and names the field.
    const changes = await main.locator('li, tr, dd, p, div').evaluateAll((elements) =>
      elements
        .filter((element) => element.querySelector(':scope del') && element.querySelector(':scope ins'))
        .map((element) => {
          const labelled = element.closest('tr, dl, li') ?? element;
          const dt = element.tagName === 'DD' ? element.previousElementSibling?.textContent ?? '' : '';
          return `${dt} ${labelled.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
        }),
    );
    expect(changes.some((text) => fieldLabels.test(text)), `no field change among: ${JSON.stringify(changes.slice(0, 5))}`).toBe(true);
    expect(errors).toEqual([]);
  });
});
