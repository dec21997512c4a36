/**
 * Every page type at 320 px (a phone, and WCAG 1.4.10's reflow width) and 1280 px, in the public build of the real
 * content, and the types it does not have (an action plan, an input, a diff …) in the demonstration's preview:
 * axe-core (WCAG 2.0/2.1 A and AA) finds no violations, and no page scrolls sideways at 320 px; every page names the
 * publishers and has headings in order, and at 320 px its headings and table headers wrap between words and its
 * tables fit (the frame's other checks are in layout.test.ts).
 *
 * The scans run two at a time over the shared browser, each lane in a context of its own that moves from URL to URL
 * (a fresh context per scan took twice the CPU time: every page then loads the styles and scripts anew). The lanes'
 * contexts put axe in every page as it loads (axeInEveryPage), so a scan sends no axe source through the protocol and
 * the page compiles none. Each page loads once, at 320 px as a phone loads it, and is checked there, then widened to
 * 1280 px and checked again: none of the site's scripts reads the viewport's size (checked below), so the widened page
 * is the page a desktop loads, restyled by the same media queries, and a second load cost a sixth of this file's CPU
 * for the same page. The first test starts them all, whatever vitest's own concurrency is, and each test waits
 * for the results it reads.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeScan } from '@strategi/testing/axe';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, type RunnerTestCase, test } from 'vitest';
import { pageTypesOfBoth, richestEdition } from './harness/examples.ts';
import { frameProblems, wrapProblems } from './harness/page-layout.ts';
import { distDir, previewDir } from './harness/paths.ts';
import { useSite } from './harness/session.ts';

/** The phone first: each page loads at the first width and is widened to the second. */
const widths = [320, 1280] as const;
/**
 * Scans at once: one renderer runs axe while the other's page loads. Each lane is a context of its own, axe set up in
 * it: four lanes took a twelfth more CPU than two (two more contexts, their renderers started and styles loaded) and
 * no less time on two cores busy with other work; one lane took as much CPU as two, and half again the time.
 */
const scansAtOnce = 2;
const pages = pageTypesOfBoth(distDir, previewDir);
const cases = pages.flatMap((page) => widths.map((width) => ({ ...page, width })));
type Case = (typeof cases)[number];

interface Scan {
  status: number | undefined;
  violations: string[];
  /** At 320 px: how the page sticks out past the viewport, if it does. */
  overflow: string | undefined;
  /** At 1280 px the frame's problems (frameProblems), at 320 px the wrapping's (wrapProblems), each led by the path. */
  layout: string[];
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

const site = useSite();
/** Each started case's scan, by its index in `cases`. */
let scans: Map<number, Promise<Scan>> | undefined;
/** What a script that reads the viewport's size would say (one at load would make a widened page differ from a load). */
const viewportReads =
  /\b(?:innerWidth|innerHeight|outerWidth|outerHeight|clientWidth|clientHeight|visualViewport|matchMedia|orientation)\b|\bscreen\.|['"]resize['"]/;
/** Each lane's page; the contexts close when the file is done, not when the test that opened one ends. */
const lanes = new Map<number, Promise<Page>>();
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.allSettled(closers.map((close) => close()));
});

/** Loads the page of `first` (a case at the first width) in lane `lane`, and checks it at every width in turn. */
async function scanAtEveryWidth(first: Case, lane: number): Promise<Scan[]> {
  let opened = lanes.get(lane);
  if (opened === undefined) {
    opened = site.open(site.publicOrigin, { axe: true }, (close) => closers.push(close)).then(({ page }) => page);
    lanes.set(lane, opened);
  }
  const page = await opened;
  await page.setViewportSize({ width: widths[0], height: 900 });
  const response = await page.goto(`${first.build === 'public' ? site.publicOrigin : site.previewOrigin}${first.path}`);
  const results: Scan[] = [];
  for (const width of widths) {
    if (width !== widths[0]) await page.setViewportSize({ width, height: 900 });
    results.push(await scan({ ...first, width }, page, response?.status()));
  }
  return results;
}

/** The checks of the loaded `page` at the case's width. */
async function scan(shown: Case, page: Page, status: number | undefined): Promise<Scan> {
  // The layout is read before axe runs, on the page as the reader gets it.
  const layout = (shown.width === 320 ? await wrapProblems(page) : await frameProblems(page)).map((problem) => `${shown.path}: ${problem}`);
  const results = await axeScan(page);
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
  return { status, violations, overflow, layout };
}

/**
 * The scans of the cases `task`'s file needs, started on the first call: those whose axe test runs (not those `-t`
 * leaves out), and every case when a layout test runs.
 */
function scansFor(task: RunnerTestCase): Map<number, Promise<Scan>> {
  if (scans !== undefined) return scans;
  const suites = task.file.tasks.filter((entry) => entry.type === 'suite');
  // The axe suite's tests are the cases, in order.
  const axeTests = suites.find((suite) => suite.name === 'axe')?.tasks ?? [];
  if (axeTests.length !== cases.length) throw new Error(`axe: ${axeTests.length} tests for ${cases.length} cases`);
  const layoutRuns = suites.some((suite) => suite.name === 'layout' && suite.tasks.some((test) => test.mode === 'run'));
  // A page is loaded when a test of it at any width runs; its cases at every width are `widths.length` in a row.
  const firsts = cases.flatMap((shown, index) =>
    shown.width === widths[0] && (layoutRuns || widths.some((_, i) => axeTests[index + i]!.mode === 'run')) ? [index] : [],
  );
  const started = pooled(firsts, scansAtOnce, (index, lane) => scanAtEveryWidth(cases[index]!, lane));
  scans = new Map(firsts.flatMap((index, i) => widths.map((_, w) => [index + w, started[i]!.then((results) => results[w]!)] as const)));
  for (const result of scans.values()) result.catch(() => undefined);
  return scans;
}

/** The layout problems of every case at `width`, once all are scanned. */
async function layoutAt(task: RunnerTestCase, width: (typeof widths)[number]): Promise<string[]> {
  const started = scansFor(task);
  const indices = cases.flatMap((shown, index) => (shown.width === width ? [index] : []));
  const results = await Promise.all(indices.map((index) => started.get(index)!));
  return results.flatMap((result) => result.layout);
}

describe.concurrent('axe', () => {
  test.for(cases.map((shown, index) => ({ ...shown, index })))('$name ($build: $path) at $width px', async (shown, { expect, task }) => {
    const result = scansFor(task).get(shown.index);
    if (result === undefined) throw new Error(`axe: no scan was started for ${shown.path} at ${shown.width} px`);
    const { status, violations, overflow } = await result;
    expect(status, `${shown.path} answered`).toBe(200);
    expect.soft(violations).toEqual([]);
    expect.soft(overflow, 'scrolls sideways at 320 px (WCAG 1.4.10 reflow)').toBeUndefined();
  });
});

// Each waits for the scans of every page at its width: when it runs alone (`-t`), as long as the axe suite takes.
const allScans = 300_000;

describe('the widened page', () => {
  test('no script of the site reads the viewport’s size, so a page loaded at 320 px and widened is the page a desktop loads', () => {
    const scripts = [distDir, previewDir].flatMap((root) =>
      readdirSync(join(root, '_astro'))
        .filter((name) => name.endsWith('.js'))
        .map((name) => ({ name, text: readFileSync(join(root, '_astro', name), 'utf8') })),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(({ text }) => viewportReads.test(text)).map(({ name }) => name)).toEqual([]);
  });
});

describe('layout', () => {
  test(
    'every page type names the publishers, and has one h1 and headings that never skip a level',
    async ({ task }) => {
      expect(await layoutAt(task, 1280)).toEqual([]);
    },
    allScans,
  );

  test(
    'at 320 px headings and table headers wrap between words, tables fit and the chart gives way to its table',
    async ({ task }) => {
      expect(await layoutAt(task, 320)).toEqual([]);
      const { page } = await site.open(site.publicOrigin, { viewport: { width: 320, height: 900 } });
      await page.goto(`/versjoner/${richestEdition(distDir)}/fremdrift/`);
      expect(await page.locator('svg.chart').isVisible()).toBe(false);
      expect(await page.locator('table[data-progress-table]').isVisible()).toBe(true);
    },
    allScans,
  );
});
