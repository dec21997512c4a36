/**
 * What every browser test of the editor starts from: a copy of the draft corpus in a git repository, the editor as
 * a child process over it (its review data and preview build in scratch folders of their own), and Debian's
 * Chromium with one page at 1,280 px; and axe over the page at 1,280 and 320 px.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromiumArgs, chromiumPath } from '@strategi/testing/chromium';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { contentRepository, type TestRepository } from '../helpers.ts';
import { type EditorProcess, startEditorProcess } from './editor-process.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface BrowserSession {
  repository: TestRepository;
  editor: EditorProcess;
  context: BrowserContext;
  page: Page;
  /** Where the preview build started from the editor writes. */
  previewDist: string;
  /** The review store the editor lists reviewers' comments from. */
  reviewStore: { sqliteFile: string };
  close(): Promise<void>;
}

export async function openBrowserSession(env: NodeJS.ProcessEnv = {}): Promise<BrowserSession> {
  const repository = contentRepository('draft');
  const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-editor-browser-'));
  const previewDist = path.join(scratch, 'forhandsvisning');
  const reviewData = path.join(scratch, 'review');
  const editor = await startEditorProcess({
    STRATEGI_CONTENT: repository.content,
    STRATEGI_DIST: previewDist,
    STRATEGI_REVIEW_DATA: reviewData,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  });
  const context = await chromium.launchPersistentContext(path.join(scratch, 'chromium'), {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs],
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  return {
    repository,
    editor,
    context,
    page,
    previewDist,
    reviewStore: { sqliteFile: path.join(reviewData, 'kommentarer.sqlite') },
    close: async () => {
      await context.close().catch(() => undefined);
      await editor.stop();
      rmSync(scratch, { recursive: true, force: true });
      repository.remove();
    },
  };
}

/** What axe finds on the page (loaded from `url` first at each width when given) at 1,280 and 320 px. */
export async function axeViolations(page: Page, url?: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    if (url) await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
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
