/**
 * axe-core (WCAG 2.0/2.1 A and AA) finds no violations on one page of every type, at 320 px (a phone,
 * and WCAG 1.4.10's reflow width) and 1280 px: in the public build of the real content, and the types it does not
 * have (an action plan, an input, a diff) in the demonstration's preview.
 *
 * Each width has one page that moves from URL to URL (a fresh context per scan costs more than the scan),
 * and the two widths scan at once: two tabs in parallel is what two cores do best.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, test } from 'vitest';
import { pageTypesOfBoth } from './harness/examples.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const widths = [320, 1280] as const;
const pages = pageTypesOfBoth(distDir, previewDir);
// Interleaved widths, so the two tests running at once use different tabs.
const cases = pages.flatMap((page) => widths.map((width) => ({ ...page, width })));

describe.concurrent('axe', () => {
  const site = useSite();
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.allSettled(closers.map((close) => close()));
  });

  /** One tab per width, used by one test at a time; paths are absolute URLs, so one tab serves both builds. */
  const lanes = new Map<number, { page: Promise<Page>; queue: Promise<unknown> }>();
  const urlOf = (page: (typeof pages)[number]) => `${page.build === 'public' ? site.publicOrigin : site.previewOrigin}${page.path}`;
  function inLane<T>(width: number, work: (page: Page) => Promise<T>): Promise<T> {
    let lane = lanes.get(width);
    if (lane === undefined) {
      const page = site.open(site.publicOrigin, { viewport: { width, height: 900 } }, (close) => closers.push(close)).then((opened) => opened.page);
      lane = { page, queue: Promise.resolve() };
      lanes.set(width, lane);
    }
    const current = lane;
    const run = current.queue.then(async () => work(await current.page));
    current.queue = run.catch(() => undefined);
    return run;
  }

  test.for(cases)('$name ($build: $path) at $width px', async (shown, { expect }) => {
    const { path, width } = shown;
    const violations = await inLane(width, async (page) => {
      const response = await page.goto(urlOf(shown));
      expect(response?.status(), `${path} answered`).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      return results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ` +
          violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(' | ') +
          (violation.nodes.length > 3 ? ` (+${violation.nodes.length - 3} more)` : ''),
      );
    });
    expect(violations).toEqual([]);
  });

  test('no page type scrolls sideways at 320 px (WCAG 1.4.10 reflow)', async ({ expect }) => {
    const overflowing = await inLane(320, async (page) => {
      const found: string[] = [];
      for (const shown of pages) {
        const { path } = shown;
        await page.goto(urlOf(shown));
        const wide = await page.evaluate(() => {
          const width = document.documentElement.scrollWidth;
          if (width <= window.innerWidth) return undefined;
          // Name the first text that sticks out, so the report says what to fix.
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            range.selectNodeContents(node);
            const right = range.getBoundingClientRect().right;
            if (right > window.innerWidth + 1) {
              const parent = node.parentElement;
              return `${width} px wide; first past the edge: <${parent?.tagName.toLowerCase() ?? '?'}${parent?.className ? `.${parent.className.split(' ').join('.')}` : ''}> "${(node.textContent ?? '').trim().slice(0, 50)}" ends at ${Math.round(right)} px`;
            }
          }
          return `${width} px wide`;
        });
        if (wide !== undefined) found.push(`${path}: ${wide}`);
      }
      return found;
    });
    expect(overflowing).toEqual([]);
  });
});
