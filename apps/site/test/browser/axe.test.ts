/**
 * axe-core (WCAG 2.0/2.1 A and AA) finds no violations on one page of every type, at 320 px (a phone,
 * and WCAG 1.4.10's reflow width) and 1280 px, and no page scrolls sideways at 320 px: in the public build of the
 * real content, and the types it does not have (an action plan, an input, a diff …) in the demonstration's preview.
 *
 * The scans run a few at a time over the shared browser, each lane in a context of its own that moves from URL to URL
 * (a fresh context per scan took twice the CPU time: every page then loads the styles and scripts anew), set to the
 * scan's width before it loads the page. The first test starts them all, whatever vitest's own concurrency is, and
 * each test waits for its page's result. The reflow check reads the 320 px scan's page, so no page loads twice.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, test } from 'vitest';
import { wcagTags } from './harness/axe.ts';
import { pageTypesOfBoth } from './harness/examples.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

const widths = [320, 1280] as const;
/** Scans at once: two cores run two renderers flat out, and two more fill the gaps while pages load. */
const scansAtOnce = 4;
const pages = pageTypesOfBoth(distDir, previewDir);
const cases = pages.flatMap((page) => widths.map((width) => ({ ...page, width })));
type Case = (typeof cases)[number];

interface Scan {
  status: number | undefined;
  violations: string[];
  /** At 320 px: how the page sticks out past the viewport, if it does. */
  overflow: string | undefined;
}

/** Runs `work` on every item in `limit` lanes (numbered from 0), one item at a time each; each result is a promise of its own. */
function pooled<T, R>(items: readonly T[], limit: number, work: (item: T, lane: number) => Promise<R>): Promise<R>[] {
  let next = 0;
  const settle: { resolve: (value: R) => void; reject: (reason: unknown) => void }[] = [];
  const results = items.map(
    () =>
      new Promise<R>((resolve, reject) => {
        settle.push({ resolve, reject });
      }),
  );
  const lane = async (number: number): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, number).then(settle[index]!.resolve, settle[index]!.reject);
    }
  };
  for (let i = 0; i < Math.min(limit, items.length); i++) void lane(i);
  // A failure is reported by the test that awaits it, not as an unhandled rejection before that test runs.
  for (const result of results) result.catch(() => undefined);
  return results;
}

describe.concurrent('axe', () => {
  const site = useSite();
  /** Each running case's scan, by its index in `cases`. */
  let scans: Map<number, Promise<Scan>> | undefined;
  /** Each lane's page; the contexts close when the file is done, not when the test that opened one ends. */
  const lanes = new Map<number, Promise<Page>>();
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.allSettled(closers.map((close) => close()));
  });

  async function scan(shown: Case, lane: number): Promise<Scan> {
    let opened = lanes.get(lane);
    if (opened === undefined) {
      opened = site.open(site.publicOrigin, {}, (close) => closers.push(close)).then(({ page }) => page);
      lanes.set(lane, opened);
    }
    const page = await opened;
    await page.setViewportSize({ width: shown.width, height: 900 });
    const response = await page.goto(`${shown.build === 'public' ? site.publicOrigin : site.previewOrigin}${shown.path}`);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ` +
        violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ') +
        (violation.nodes.length > 3 ? ` (+${violation.nodes.length - 3} more)` : ''),
    );
    const overflow =
      shown.width !== 320
        ? undefined
        : await page.evaluate(() => {
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
    return { status: response?.status(), violations, overflow };
  }

  test.for(cases.map((shown, index) => ({ ...shown, index })))('$name ($build: $path) at $width px', async (shown, { expect, task }) => {
    if (scans === undefined) {
      // Only the cases that run (not those `-t` leaves out): the suite's tests are the cases, in order.
      const tests = task.suite?.tasks ?? [];
      if (tests.length !== cases.length) throw new Error(`axe: ${tests.length} tests for ${cases.length} cases`);
      const running = tests.flatMap((test, index) => (test.mode === 'run' ? [index] : []));
      const started = pooled(running, scansAtOnce, (index, lane) => scan(cases[index]!, lane));
      scans = new Map(running.map((index, i) => [index, started[i]!]));
    }
    const result = scans.get(shown.index);
    if (result === undefined) throw new Error(`axe: no scan was started for ${shown.path} at ${shown.width} px`);
    const { status, violations, overflow } = await result;
    expect(status, `${shown.path} answered`).toBe(200);
    expect.soft(violations).toEqual([]);
    expect.soft(overflow, 'scrolls sideways at 320 px (WCAG 1.4.10 reflow)').toBeUndefined();
  });
});
