/**
 * What every browser test of the editor starts from: a copy of the draft corpus in a git repository, the editor as
 * a child process over it (its review data and preview build in scratch folders of their own), and the worker's
 * Debian Chromium with one page at 1,280 px in a context of its own (a test may open another context in it);
 * and axe over the page at 1,280 and 320 px.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { axeScan } from '@strategi/testing/axe';
import { chromiumPath, chromiumTestArgs } from '@strategi/testing/chromium';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { contentRepository, type TestRepository } from '../helpers.ts';
import { type EditorProcess, startEditorProcess } from './editor-process.ts';

export interface BrowserSession {
  repository: TestRepository;
  editor: EditorProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Where the preview build started from the editor writes. */
  previewDist: string;
  /** The review store the editor lists reviewers' comments from. */
  reviewStore: { sqliteFile: string };
  close(): Promise<void>;
}

/**
 * Where the preview builds write, inside the site's folder: Astro puts a build's intermediate chunks beside its
 * output only when the output is inside the site's folder, and in the site's one shared `.astro/` otherwise, where
 * two builds at once (two test files side by side, or another package's tests) delete each other's chunks.
 */
const previewParent = path.resolve(import.meta.dirname, '../../../site/node_modules/.cache/strategi-editor-test');

/**
 * One Chromium per worker: a worker runs its files one after another (`isolate: false`), and each file's pages live
 * in contexts of their own (no cookies, storage or cache shared). Playwright closes it when the worker exits.
 */
let workerBrowser: Promise<Browser> | undefined;
async function browserOfWorker(): Promise<Browser> {
  const running = await workerBrowser?.catch(() => undefined);
  if (running?.isConnected()) return running;
  // The tests' flags leave out the address bar's popups, which kept a renderer busy for every open context.
  workerBrowser = chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumTestArgs] });
  return workerBrowser;
}

export async function openBrowserSession(env: NodeJS.ProcessEnv = {}): Promise<BrowserSession> {
  const repository = contentRepository('draft');
  const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-editor-browser-'));
  mkdirSync(previewParent, { recursive: true });
  const previewDist = mkdtempSync(path.join(previewParent, 'forhandsvisning-'));
  const reviewData = path.join(scratch, 'review');
  const editor = await startEditorProcess({
    STRATEGI_CONTENT: repository.content,
    STRATEGI_DIST: previewDist,
    STRATEGI_REVIEW_DATA: reviewData,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  });
  const browser = await browserOfWorker();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return {
    repository,
    editor,
    browser,
    context,
    page,
    previewDist,
    reviewStore: { sqliteFile: path.join(reviewData, 'kommentarer.sqlite') },
    close: async () => {
      await context.close().catch(() => undefined);
      await editor.stop();
      rmSync(scratch, { recursive: true, force: true });
      rmSync(previewDist, { recursive: true, force: true });
      repository.remove();
    },
  };
}

/**
 * What axe finds on the page (loaded from `url` first when given) at 1,280 and 320 px, with the project's one scan
 * (`@strategi/testing/axe`: in the page, violations only, so the passes of a form with hundreds of checkboxes are not
 * each given a selector and sent back). The page is scanned at one width, then made narrower and scanned again, as
 * a window is resized: one load, and axe put in the page once.
 */
export async function axeViolations(page: Page, url?: string): Promise<string[]> {
  const found: string[] = [];
  if (url) await page.goto(url);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    const results = await axeScan(page);
    found.push(
      ...results.violations.map(
        (violation) => `${width}px ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    );
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

/**
 * A new measure's fields after its title and goal, as an editor fills them in the browser tests: Udir responsible,
 * compulsory school, from 2026 to June 2027, planned.
 */
export async function fillMeasureDetails(page: Page): Promise<void> {
  await page
    .getByRole('group', { name: /^Ansvarlig/ })
    .getByLabel(/\(Udir\)$/)
    .check();
  await page
    .getByRole('group', { name: /^Sektorer/ })
    .getByLabel('Grunnskole')
    .check();
  await page.locator('#felt-start').fill('2026');
  await page.locator('#felt-deadline').fill('2027-06');
  await page.locator('#felt-status').selectOption('planlagt');
}
