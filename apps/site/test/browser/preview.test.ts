/**
 * The preview build is marked on every page (banner and noindex), and the public build on none.
 * The per-page checks read the built files; the browser checks that the banner is actually shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attr, elementsOf, parseHtml, textOf } from './harness/html.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';
import { editionsOf, htmlFiles, urlPathOf } from './harness/site-files.ts';

/** The banner's words, in the page's language (Nynorsk pages have them in Nynorsk). */
const banners: Record<string, string> = {
  nb: 'Forhåndsvisning — ikke publisert',
  nn: 'Førehandsvising — ikkje publisert',
};
const banner = banners.nb!;

function marks(root: string, page: string): { noindex: boolean; banner: boolean } {
  const document = parseHtml(readFileSync(join(root, page), 'utf8'));
  let noindex = false;
  for (const element of elementsOf(document)) {
    if (element.tagName === 'meta' && /^(robots|googlebot)$/i.test(attr(element, 'name') ?? '')) {
      noindex ||= /\bnoindex\b/i.test(attr(element, 'content') ?? '');
    }
  }
  const all = [...elementsOf(document)];
  const lang = attr(all.find((element) => element.tagName === 'html')!, 'lang') ?? 'nb';
  const body = all.find((element) => element.tagName === 'body');
  const expected = banners[lang] ?? banner;
  return { noindex, banner: body !== undefined && textOf(body).replace(/\s+/g, ' ').includes(expected) };
}

describe('preview marking', () => {
  const site = useSite();

  test('every page of the preview build has the banner and noindex', () => {
    const unmarked = htmlFiles(previewDir)
      .map((page) => ({ page: urlPathOf(page), ...marks(previewDir, page) }))
      .filter((page) => !page.noindex || !page.banner);
    expect(unmarked).toEqual([]);
  });

  test('no page of the public build has noindex or the banner', () => {
    const marked = htmlFiles(distDir)
      .map((page) => ({ page: urlPathOf(page), ...marks(distDir, page) }))
      .filter((page) => page.noindex || page.banner);
    expect(marked).toEqual([]);
  });

  test('the preview has the working draft, the public build does not', () => {
    expect(editionsOf(previewDir)).toContain('utkast');
    expect(editionsOf(distDir)).not.toContain('utkast');
  });

  test.each([320, 1280])('the banner is visible at the top of a preview page at %i px', async (width) => {
    const { page } = await site.open(site.previewOrigin, { viewport: { width, height: 800 } });
    await page.goto('/versjoner/utkast/');
    const shown = page.getByText(banner).first();
    await expect.poll(() => shown.isVisible()).toBe(true);
    const box = await shown.boundingBox();
    expect(box).not.toBeNull();
    // Above the fold, and not cut off at the right edge.
    expect(box!.y).toBeLessThan(800);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
  });
});
