/**
 * The browser tests' one axe scan: WCAG 2.0 and 2.1, levels A and AA, on the page as loaded, and whether the page fits
 * the viewport's width (WCAG 1.4.10 reflow).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rule sets every scan runs. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's results for the loaded page: every rule of `wcagTags`, with the failing elements of each violation.
 *
 * Run in the page itself (axe.run, AxeBuilder's legacy mode): the default runs axe.runPartial in the page, then opens a
 * blank page, loads axe into it a second time and hands it every checked element of the partial results to finish
 * there, which took half the scan's CPU time; the site has no frames, which is what that mode is for. Only the
 * violations are reported in full, as nothing here reads the passes.
 */
export function axeScan(page: Page): ReturnType<AxeBuilder['analyze']> {
  return new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(wcagTags)
    .setLegacyMode()
    .analyze();
}

/** axe's violations on the loaded page, one line each: `<rule>: <the elements' selectors>`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await axeScan(page);
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

/** Whether the loaded page is no wider than the viewport. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
