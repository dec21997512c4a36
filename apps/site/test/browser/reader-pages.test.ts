/**
 * What a reader of the public build meets on the pages the real content has, read from the built files: the changes
 * page says so when there is nothing to compare, a measure's reported note is said once, the whole document's cover
 * names the version once, its contents have no second number and it names the documents that cite a source as readers
 * do, and a search hit for an actor reads «Aktør: …» as a measure's reads
 * «Tiltak 1: …».
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ui } from '@strategi/i18n';
import { describe, expect, test } from 'vitest';
import { attr, type Element, elementsOf, parseHtml, textOf } from './harness/html.ts';
import { distDir } from './harness/paths.ts';
import { poppler } from './harness/pdf.ts';
import { useSite } from './harness/session.ts';
import { htmlFiles } from './harness/site-files.ts';

const t = ui('nb');
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const mainOf = (file: string): Element => {
  const main = [...elementsOf(parseHtml(readFileSync(join(distDir, file), 'utf8')))].find((element) => element.tagName === 'main');
  if (!main) throw new Error(`${file} has no <main>`);
  return main;
};
const children = (element: Element) => element.childNodes.filter((node): node is Element => 'tagName' in node);
const hasClass = (element: Element, name: string) => (attr(element, 'class') ?? '').split(/\s+/).includes(name);

describe('the changes page', () => {
  test('has no heading over an empty list; with nothing to compare it says so and points to the progress reports', () => {
    const main = mainOf('endringer/index.html');
    const empty = [...elementsOf(main)].filter(
      (element) => ['ul', 'ol'].includes(element.tagName) && !children(element).some((child) => child.tagName === 'li'),
    );
    expect(empty.map((list) => squeeze(textOf(list)))).toEqual([]);
    const sections = [...elementsOf(main)].filter((element) => element.tagName === 'section');
    const bare = sections.filter((section) => children(section).every((child) => /^h[1-6]$/.test(child.tagName)));
    expect(bare.map((section) => attr(section, 'aria-labelledby'))).toEqual([]);
    const pairs = [...elementsOf(main)].filter((element) => element.tagName === 'a' && attr(element, 'href')?.startsWith('/endringer/'));
    if (pairs.length === 0) {
      expect(squeeze(textOf(main))).toContain(squeeze(t.changes.noPairs));
      expect([...elementsOf(main)].some((element) => element.tagName === 'a' && attr(element, 'href') === '/fremdrift/')).toBe(true);
    }
  });
});

describe('the front page', () => {
  test('leaves the version and its date to the version bar above it, instead of a second and third line saying them', () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const bar = [...elementsOf(parseHtml(html))].find((element) => hasClass(element, 'version-line'));
    expect(bar, 'the version bar').toBeDefined();
    const terms = [...elementsOf(mainOf('index.html'))].filter((element) => element.tagName === 'dt').map((element) => squeeze(textOf(element)));
    expect(terms).toContain(t.fields.period);
    expect(terms.filter((term) => term === t.fields.version || term === t.fields.date)).toEqual([]);
  });
});

describe("a measure's reported status", () => {
  const measures = htmlFiles(distDir).filter((file) => /^tiltak\/[^/]+\/index\.html$/.test(file));

  test.each(measures)("%s has the measure's own text before the reported status, not under its heading", (file) => {
    const order = [...elementsOf(mainOf(file))];
    const standing = order.findIndex((element) => attr(element, 'data-measure-standing') !== undefined);
    const body = order.findIndex((element) => hasClass(element, 'body'));
    if (standing < 0 || body < 0) return;
    expect(body).toBeLessThan(standing);
  });

  test.each(measures)('%s says each report note once', (file) => {
    const standing = [...elementsOf(mainOf(file))].find((element) => attr(element, 'data-measure-standing') !== undefined);
    if (!standing) return;
    const notes = [...elementsOf(standing)]
      .filter((element) => element.tagName === 'p' || (element.tagName === 'span' && element.parentNode && (element.parentNode as Element).tagName === 'li'))
      .map((element) => squeeze(textOf(element)).replace(/^– /, ''))
      .filter((text) => text.length > 40);
    expect(notes.filter((note, index) => notes.indexOf(note) !== index)).toEqual([]);
  });
});

describe('a status history', () => {
  const site = useSite();

  test.each([320, 1280])('at %i px its numbers stand clear of the line beside the list', async (width) => {
    const { page, errors } = await site.open(site.publicOrigin, { viewport: { width, height: 640 } });
    const measure = htmlFiles(distDir).find(
      (file) => /^tiltak\/[^/]+\/index\.html$/.test(file) && readFileSync(join(distDir, file), 'utf8').includes('data-reported-history'),
    );
    expect(measure, 'a measure page with a reported history').toBeDefined();
    await page.goto(`/${measure!.replace(/index\.html$/, '')}`);
    const room = await page.locator('[data-reported-history]').evaluate((list) => {
      const style = getComputedStyle(list);
      const item = list.querySelector('li')!;
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(item).font;
      // The widest marker a history of up to 99 entries has, and the space a marker keeps before its text.
      const marker = context.measureText('99. ').width;
      return item.getBoundingClientRect().left - (list.getBoundingClientRect().left + Number.parseFloat(style.borderInlineStartWidth)) - marker;
    });
    expect(room).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
  });
});

describe('the whole document', () => {
  const site = useSite();

  test('lists its contents without list numbers: each entry names itself', async () => {
    const { page, errors } = await site.open(site.publicOrigin);
    await page.goto('/hele-dokumentet/');
    const styles = await page.locator('.whole-contents ol').evaluateAll((lists) => lists.map((list) => getComputedStyle(list).listStyleType));
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.filter((style) => style !== 'none')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('its cover names the version once, with its date', () => {
    const main = mainOf('hele-dokumentet/index.html');
    const cover = [...elementsOf(main)].find((element) => hasClass(element, 'whole-cover'))!;
    const line = [...elementsOf(cover)].find((element) => attr(element, 'data-version-name') !== undefined)!;
    const label = squeeze(textOf([...elementsOf(line)].find((element) => element.tagName === 'strong')!));
    expect(squeeze(textOf(cover)).split(label).length - 1).toBe(1);
    expect([...elementsOf(line)].some((element) => element.tagName === 'time')).toBe(true);
  });

  test('its overview table says the day its statuses hold on, so the PDF of the version and the current page can differ openly', () => {
    const caption = (file: string) => {
      const table = [...elementsOf(mainOf(file))].find((element) => element.tagName === 'table' && hasClass(element, 'measures-overview'));
      const found = table && [...elementsOf(table)].find((element) => element.tagName === 'caption');
      return found ? squeeze(textOf(found)) : '';
    };
    const dated = /status per (\d{1,2}\. \p{L}+ \d{4})/u;
    const current = (JSON.parse(readFileSync(join(distDir, 'versjoner/versjoner.json'), 'utf8')) as { current: string }).current;
    const archived = dated.exec(caption(`versjoner/${current}/hele-dokumentet/index.html`))?.[1];
    expect(dated.test(caption('hele-dokumentet/index.html'))).toBe(true);
    expect(archived, 'the archived whole document dates its statuses').toBeDefined();
    const pdf = poppler('pdftotext', ['-enc', 'UTF-8', join(distDir, 'strategi.pdf'), '-']).replace(/\s+/g, ' ');
    expect(pdf).toContain(`status per ${archived}`);
  });

  test("gives each measure's status with the day it was set, as the measure's page does", () => {
    const measures = [...elementsOf(mainOf('hele-dokumentet/index.html'))].filter(
      (element) => element.tagName === 'section' && hasClass(element, 'whole-measure'),
    );
    expect(measures.length).toBeGreaterThan(0);
    const undated = measures.flatMap((section) => {
      const terms = [...elementsOf(section)].filter((element) => element.tagName === 'dt');
      const status = terms.find((term) => squeeze(textOf(term)) === t.fields.status);
      const value =
        status &&
        (status.parentNode as Element).childNodes.filter((node): node is Element => 'tagName' in node && node.tagName === 'dd')[terms.indexOf(status)];
      return value && /, per \d{1,2}\. \p{L}+ \d{4}$/u.test(squeeze(textOf(value))) ? [] : [attr(section, 'id')];
    });
    expect(undated).toEqual([]);
  });

  test('names the documents citing a source as readers name them, not by id', () => {
    const main = mainOf('hele-dokumentet/index.html');
    const list = [...elementsOf(main)].find((element) => element.tagName === 'ol' && hasClass(element, 'source-list'));
    expect(list, 'the list of sources').toBeDefined();
    const citing = [...elementsOf(list!)].filter((element) => element.tagName === 'a' && attr(element, 'href')?.includes('#'));
    expect(citing.length).toBeGreaterThan(0);
    const byId = citing.filter((link) => squeeze(textOf(link)) === decodeURIComponent(attr(link, 'href')!.split('#')[1]!));
    expect(byId.map((link) => squeeze(textOf(link)))).toEqual([]);
  });
});

describe('search on a desktop', () => {
  const site = useSite();

  test('opens its results over the page without moving the header', async () => {
    const { page, errors } = await site.open(site.publicOrigin, { viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    const place = () => page.locator('.site-name').evaluate((name) => Math.round(name.getBoundingClientRect().top));
    const before = await place();
    const title = (await page.locator('h1').first().textContent())!.split(/\s+/).find((word) => word.length >= 6)!;
    await page.locator('#sok').fill(title);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await place()).toBe(before);
    expect(errors).toEqual([]);
  });
});

describe('search titles', () => {
  const actors = htmlFiles(distDir).filter((file) => /^aktorer\/[^/]+\/index\.html$/.test(file));

  test.each(actors)('%s is found as «Aktør: name»', (file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    const meta = [...elementsOf(parseHtml(html))].map((element) => attr(element, 'data-pagefind-meta')).find(Boolean);
    expect(meta).toMatch(new RegExp(`^title:${t.kinds.actor.one}: \\S`));
  });
});

describe('the site icon', () => {
  test('every page names an icon the site has, so that a browser does not ask for a /favicon.ico that is not there', () => {
    const missing = htmlFiles(distDir).filter((file) => {
      const icon = [...elementsOf(parseHtml(readFileSync(join(distDir, file), 'utf8')))].find(
        (element) => element.tagName === 'link' && attr(element, 'rel') === 'icon',
      );
      const path = icon && attr(icon, 'href');
      return !path?.startsWith('/') || !existsSync(join(distDir, path));
    });
    expect(missing).toEqual([]);
  });
});
