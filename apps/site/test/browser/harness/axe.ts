/**
 * Whether a page fits the viewport's width (WCAG 1.4.10 reflow), beside the axe scan every browser test runs
 * (`@strategi/testing/axe`).
 */
import type { Page } from 'playwright-core';

/** Whether the loaded page is no wider than the viewport. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
