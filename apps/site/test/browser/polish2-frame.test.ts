/**
 * The frame under the header: the version bar says «Versjon:» once, with the switcher in its row (on a phone behind
 * a summary naming the version read, so the bar stays a few lines high), and the search box's text starts
 * after its magnifying glass.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ui } from '@strategi/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { documentPath, editionsOf, firstIdOf } from './harness/site-files.ts';

const word = `${ui('nb').archive.version}:`;
/** The demonstration's current version, served at the root. */
const current = (JSON.parse(readFileSync(join(previewDir, 'versjoner/versjoner.json'), 'utf8')) as { current: string }).current;
/** A released version of the demonstration with a measure, read under /versjoner/ (the script's switcher). */
const archived = editionsOf(previewDir).find((edition) => edition !== 'utkast' && edition !== current)!;
const archivedMeasure = documentPath(archived, 'measure', firstIdOf(previewDir, archived, 'measure'));
const measureAtRoot = `/tiltak/${firstIdOf(previewDir, current, 'measure')}/`;

/** How often the visible text above the main content says «Versjon:». */
async function versionWords(page: Page): Promise<number> {
  return page.evaluate((needle) => {
    const main = document.querySelector('main');
    let text = '';
    for (const element of document.querySelectorAll('body > header, body > .version-line')) {
      if (main && element.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING) text += ` ${element.textContent}`;
    }
    return text.split(needle).length - 1;
  }, word);
}

describe('the version bar', () => {
  const site = useSite();

  test.each([320, 1280])('at %i px «Versjon:» is said once, and the switcher is in the version bar, not in the header', async (width) => {
    const { page, errors } = await site.open(site.previewOrigin, { viewport: { width, height: 640 } });
    for (const path of [measureAtRoot, archivedMeasure]) {
      await page.goto(path);
      const switcher = page.locator('.version-line nav.version-switcher');
      await expect.poll(() => switcher.count(), { timeout: 10_000 }).toBe(1);
      expect(await page.locator('header nav[aria-label]').filter({ hasText: word }).count(), path).toBe(0);
      if (width === 320) await page.locator('.site-menu > summary').click();
      expect(await versionWords(page), path).toBe(1);
      // The version read is named with its status and date: in the list from 48rem up, in the summary on a phone.
      const named = width === 320 ? switcher.locator('summary') : switcher.locator('a[aria-current="page"]').locator('xpath=..');
      expect(await named.isVisible(), path).toBe(true);
      expect(await named.textContent(), path).toMatch(/frigitt \d+\. \p{L}+ \d{4}/u);
    }
    expect(errors).toEqual([]);
  });

  test('at 320 px the list of versions waits behind the summary, so the bar stays a few lines high', async () => {
    const { page } = await site.open(site.previewOrigin, { viewport: { width: 320, height: 640 } });
    await page.goto(measureAtRoot);
    const list = page.locator('.version-line .version-switcher ul');
    expect(await list.isVisible()).toBe(false);
    const bar = await page.locator('.version-line').boundingBox();
    expect(bar!.height, 'a quarter of the first screen at most').toBeLessThanOrEqual(160);
    await page.locator('.version-line summary').click();
    expect(await list.isVisible()).toBe(true);
  });
});

describe('the search box', () => {
  const site = useSite();

  test.each([320, 1280])('at %i px the first letter typed is clear of the magnifying glass', async (width) => {
    const { page } = await site.open(site.publicOrigin, { viewport: { width, height: 800 } });
    await page.goto('/');
    const summary = page.locator('.site-menu > summary');
    if (await summary.isVisible()) await summary.click();
    await page.locator('#sok').fill('V');
    const { glassEnd, textStart } = await page.evaluate(() => {
      const box = document.querySelector('.site-search .ds-search')!;
      const input = document.querySelector<HTMLInputElement>('#sok')!;
      const glass = getComputedStyle(box, '::after');
      const style = getComputedStyle(input);
      return {
        glassEnd: box.getBoundingClientRect().left + parseFloat(glass.marginInlineStart) + parseFloat(glass.width),
        textStart: input.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
      };
    });
    expect(textStart, 'the text starts after the glass').toBeGreaterThanOrEqual(glassEnd);
  });
});
