/**
 * What every page of the public build says about itself, read from the files: a <title> with the site's name once,
 * the checksums linked from the list of versions only, the PDF link with a space before its size; and on a phone no
 * table cell that is a label with nothing after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ui } from '@strategi/i18n';
import { describe, expect, test } from 'vitest';
import { wrapTables } from '../../src/lib/body-tables.ts';
import { distDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { htmlFiles, urlPathOf } from './harness/site-files.ts';

const t = ui('nb');
const pages = htmlFiles(distDir).map((file) => ({ path: urlPathOf(file), html: readFileSync(join(distDir, file), 'utf8') }));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('every page', () => {
  const site = useSite();

  test('names the site once in its <title>', () => {
    const twice = pages
      .map(({ path, html }) => ({ path, title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '', name: /class="footer-title">([^<]*)</.exec(html)?.[1] ?? '' }))
      .filter(({ title, name }) => name !== '' && title.split(name).length > 2)
      .map(({ path, title }) => `${path}: ${title}`);
    expect(pages.length).toBeGreaterThan(10);
    expect(twice).toEqual([]);
  });

  test('links the checksums from the list of versions only', () => {
    const linking = pages.filter(({ html }) => html.includes('sha256sum.txt"')).map(({ path }) => path);
    expect(linking).toEqual(['/versjoner/']);
  });

  test('has a space between the PDF link and its size', () => {
    const withPdf = pages.filter(({ html }) => html.includes('data-strategi-pdf-size='));
    const glued = withPdf.filter(({ html }) => !text(html).includes(`${t.pdf.download} (PDF, `)).map(({ path }) => path);
    expect(glued).toEqual([]);
  });

  test('at 320 px the list of versions shows no label without a value', async () => {
    const { page } = await site.open(site.publicOrigin, { viewport: { width: 320, height: 900 } });
    await page.goto('/versjoner/');
    const bare = await page
      .locator('main td[data-label]')
      .evaluateAll((cells) =>
        cells
          .filter((cell) => cell.getBoundingClientRect().height > 0 && (cell.textContent ?? '').trim() === '')
          .map((cell) => cell.getAttribute('data-label')),
      );
    expect(bare).toEqual([]);
  });

  test("at 320 px a wide table in a text scrolls inside its own box, styled as Designsystemet's tables", async () => {
    const { page } = await site.open(site.publicOrigin, { viewport: { width: 320, height: 900 } });
    const body = pages.find(({ html }) => html.includes('<div class="body"'))!;
    await page.goto(body.path);
    const cells = Array.from({ length: 6 }, (_, i) => `<td>Kommunesektorens organisasjon ${i}</td>`).join('');
    const table = wrapTables(`<table><thead><tr>${cells.replaceAll('td>', 'th>')}</tr></thead><tbody><tr>${cells}</tr></tbody></table>`, t.bodyTable);
    await page
      .locator('main .body')
      .first()
      .evaluate((element, html) => element.insertAdjacentHTML('beforeend', html), table);
    const box = page.locator('.body-table').first();
    const measured = await box.evaluate((element) => ({
      page: document.documentElement.scrollWidth,
      scrolls: element.scrollWidth > element.clientWidth,
      right: element.getBoundingClientRect().right,
      border: getComputedStyle(element.querySelector('td')!).borderBlockEndWidth,
    }));
    expect(measured.page, 'the page does not scroll sideways').toBeLessThanOrEqual(320);
    expect(measured.right).toBeLessThanOrEqual(320);
    expect(measured.scrolls, 'the table scrolls inside its box').toBe(true);
    expect(measured.border, 'Designsystemet draws the rows').not.toBe('0px');
    await box.focus();
    expect(await box.evaluate((element) => document.activeElement === element && getComputedStyle(element).outlineStyle !== 'none')).toBe(true);
  });
});
