/** A page's <title> names the site once, also when the page's own title already holds the site's name. */
import { describe, expect, test } from 'vitest';
import { pageTitle } from '../src/lib/page-title.ts';

const site = 'Strategi for grønn skipsfart';

describe('page titles', () => {
  test('the site name follows the page title', () => {
    expect(pageTitle('Versjoner', site)).toBe(`Versjoner – ${site}`);
  });

  test('a title that already holds the site name is left alone', () => {
    expect(pageTitle(site, site)).toBe(site);
    expect(pageTitle(`${site} i nord`, site)).toBe(`${site} i nord`);
    expect(pageTitle(`${site} i nord (Vedtatt strategi, april 2023)`, site)).toBe(`${site} i nord (Vedtatt strategi, april 2023)`);
  });
});
