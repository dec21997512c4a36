/**
 * An editor in the browser: signs in with the review server's editor link, sees a new response with the personal
 * data in it marked, publishes it anonymised by keyboard, finds it redacted on the public page and in the JSON, and
 * turns it into an input of the round, which a goal then names; once an adopted version answers the input, the
 * published response says what became of it. The pages are scanned with axe at 320 and 1,280 px.
 */
import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ConsultationStore } from '@strategi/consultation';
import { loadCorpus, releaseVersion } from '@strategi/model';
import { loadSecret, ReviewStore, reviewPlaces, signShareToken } from '@strategi/review';
import { chromiumArgs, chromiumPath } from '@strategi/testing/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openFixture } from '../open-fixture.ts';
import { type ServerProcess, startServerProcess } from '../server-process.ts';

let server: ServerProcess;
let browser: Browser;
let dataDir: string;
let contentDir: string;
const reviewEnv = { STRATEGI_REVIEW_DATA: '', STRATEGI_REVIEW_SECRET: 'k'.repeat(40) };

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'strategi-horing-editor-'));
  reviewEnv.STRATEGI_REVIEW_DATA = path.join(dataDir, 'review');
  contentDir = openFixture();
  server = await startServerProcess({ STRATEGI_CONTENT: contentDir, STRATEGI_HORING_DATA: dataDir, DATABASE_URL: '', ...reviewEnv });
  browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function axe(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** An editor link as `strategi preview share --editor` makes it, in the review server's store and key. */
async function editorLink(): Promise<string> {
  const places = reviewPlaces(reviewEnv, '/');
  const store = await ReviewStore.open(places.store);
  try {
    const link = await store.createLink({ name: 'Redaktør Rita', role: 'editor', expiresAt: new Date(Date.now() + 86_400_000) });
    return signShareToken(link, loadSecret(reviewEnv, places.dataDir));
  } finally {
    await store.close();
  }
}

test('an editor publishes a response anonymised, sees it public and in the open data, and turns it into an input a goal names', async () => {
  const store = await ConsultationStore.open({ sqliteFile: path.join(dataDir, 'horing.sqlite') });
  const { response } = await store.createResponse(
    {
      version: '2022-horing',
      document: 'mal/M-1',
      quote: null,
      position: null,
      name: 'Kari Nordmann',
      organisation: 'Foreningen',
      senderKind: 'organisasjon',
      email: 'kari@example.no',
      publication: 'named',
      text: 'Målet bør gjelde SFO. Ring meg på 912 34 567.',
    },
    { idempotencyKey: 'browser-1' },
  );
  await store.close();

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.origin}/redaksjon/tilgang?token=${encodeURIComponent(await editorLink())}`);
  await expect.poll(() => page.url()).toBe(`${server.origin}/redaksjon`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Moderering av høringssvar');
  expect(await page.locator('mark.flag').textContent()).toBe('912 34 567');
  expect(await axe(page, 1280)).toEqual([]);
  expect(await axe(page, 320)).toEqual([]);

  await page.getByRole('button', { name: 'Publiser anonymisert' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByText('Publisert anonymisert').count()).toBeGreaterThan(0);

  const published = await context.newPage();
  await published.goto(`${server.origin}/horing/2022-horing/svar`);
  expect(await published.locator(`#svar-${response.id} .response-text`).textContent()).toBe('Målet bør gjelde SFO. Ring meg på […].');
  expect(await published.content()).not.toContain('Kari Nordmann');
  expect(await axe(published, 320)).toEqual([]);
  const json = await (await published.request.get(`${server.origin}/horing/2022-horing/svar.json`)).json();
  expect(json.responses).toEqual([expect.objectContaining({ id: response.id, name: null, text: 'Målet bør gjelde SFO. Ring meg på […].' })]);

  await page.getByLabel('Innspillsrunde').selectOption('R-1');
  await page.getByRole('button', { name: 'Gjør til innspill' }).click();
  await expect.poll(() => page.getByText('Gjort om til innspill IN-3.').count()).toBe(1);
  await context.close();

  const input = await readFile(path.join(contentDir, 'innspill/IN-3.md'), 'utf8');
  expect(input).toContain('sender: Høringssvar uten navn\n');
  const goal = path.join(contentDir, 'mal/M-1.md');
  await writeFile(goal, (await readFile(goal, 'utf8')).replace('inputs: [IN-1]', 'inputs: [IN-1, IN-3]'));
  const corpus = await loadCorpus(contentDir, { cacheFolder: false });
  // The working draft, with the new input: the fixture's consultation draft has its deadline moved by hand for this run.
  expect(corpus.working.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(corpus.working.byId.get('M-1')?.data).toMatchObject({ inputs: ['IN-1', 'IN-3'] });
});

test('once the ministry answers the input and adopts a version that names it, the published response says what became of it', async () => {
  // Goes on from the test above: IN-3 came from the published response, and M-1 names it.
  const inputFile = path.join(contentDir, 'innspill/IN-3.md');
  await writeFile(
    inputFile,
    (await readFile(inputFile, 'utf8')).replace('\nurl:', '\ndisposition:\n  decision: tatt-til-folge\n  reason: SFO er tatt med i målet.\nurl:'),
  );
  const adopted = await releaseVersion(
    contentDir,
    { id: '2025-vedtatt', status: 'vedtatt', label: 'Vedtatt strategi 2025', date: '2025-03-01', change: 'vesentlig', changeNote: 'Vedtatt.' },
    { cacheFolder: false },
  );
  expect(adopted.ok).toBe(true);
  const reader = await browser.newContext({ viewport: { width: 320, height: 640 } });
  reader.setDefaultTimeout(15_000);
  const outcome = await reader.newPage();
  // The service reads the released versions again at most every 30 seconds.
  await expect
    .poll(
      async () => {
        await outcome.goto(`${server.origin}/horing/2022-horing/svar`);
        return outcome.getByRole('heading', { name: 'Hva skjedde med innspillet' }).count();
      },
      { timeout: 45_000, interval: 3_000 },
    )
    .toBe(1);
  expect(await outcome.locator('.outcome .decision').textContent()).toBe('Tatt til følge. Begrunnelse: SFO er tatt med i målet.');
  expect(await outcome.getByRole('link', { name: /^Mål M-1: / }).getAttribute('href')).toBe('/endringer/2022-horing/2025-vedtatt/#M-1');
  expect(await axe(outcome, 320)).toEqual([]);
  await reader.close();
});
