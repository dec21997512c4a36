/**
 * The browser tests' one axe scan: the WCAG levels the project answers for (2.0 and 2.1, A and AA) on the page as it
 * stands. axe runs in the page itself (AxeBuilder's legacy mode): the default finishes every scan in a blank page of
 * its own with axe loaded a second time, for frames, which none of the project's pages have — that took half of each
 * scan's CPU. Only the violations are collected node by node; every rule still runs on every element.
 */
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';

/** The rule sets every scan runs. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * AxeBuilder's source for a document axe is in already. It evaluates axe's 650 kB source at every scan, twice in legacy
 * mode (once more for the frames), though axe stays in a document until the next load: a page scanned again (at a
 * second width) gets nothing to evaluate. A third of such a scan's CPU.
 */
const AXE_IN_PAGE = 'void 0';

/** axe-core's source, the one AxeBuilder injects: axe-core is @axe-core/playwright's own dependency. */
const axeSource = (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;

/**
 * Puts axe into every document `context` loads, before the page's own scripts, for a context whose pages are all
 * scanned. Otherwise the first scan after each load sends axe's source through the protocol (test worker, browser
 * server, Chromium) and compiles it in the page: over a page type scanned at two widths that was a third of the CPU of
 * the scans. Chromium keeps the script once per context and V8 its compiled code. Running axe's setup costs a page that
 * is not scanned about 30 ms, so contexts that are not only for scans go without.
 */
export async function axeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** axe's results for the page: every rule of `tags` (default `wcagTags`), with the failing elements of each violation. */
export async function axeScan(page: Page, tags: readonly string[] = wcagTags): ReturnType<AxeBuilder['analyze']> {
  const inPage = (await page.evaluate('typeof window.axe?.run === "function"')) === true;
  return new AxeBuilder({ page, ...(inPage ? { axeSource: AXE_IN_PAGE } : {}) })
    .options({ resultTypes: ['violations'] })
    .withTags([...tags])
    .setLegacyMode()
    .analyze();
}

/** axe's violations on the page, one line each: `<rule>: <the elements' selectors>`. */
export async function axeViolations(page: Page, tags?: readonly string[]): Promise<string[]> {
  const results = await axeScan(page, tags);
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
