/**
 * The reviewer's side in Chromium: the thread in the margin beside its section on a wide screen and below it on a
 * phone, a mark and its comment linked both ways and walked by keyboard (mark → comment → reply), «Foreslå endring»
 * from a selection, a person naming themselves, and axe (WCAG 2.0/2.1 A and AA) clean at 320 and 1,280 px on every
 * page the server makes: a preview page with its threads, «Mine kommentarer», a status page and the editors' rounds.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { main } from '@strategi/cli';
import { axeInEveryPage, axeViolations } from '@strategi/testing/axe';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type RunningReviewServer, startReviewServerHere } from './review-server.ts';
import { postComment, signIn } from './sign-in.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const measurePage = '/versjoner/utkast/tiltak/T-1/';
const quote = { type: 'TextQuoteSelector', exact: 'velge digitale verktøy', prefix: '', suffix: '' };

/** A change page shaped as the site's (`DiffView.astro`, `ParagraphChanges.astro`): one document's changed paragraph. */
const changePage = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Endringer</title></head><body><main><h1>Endringer fra 2026-1 til utkastet</h1>
<section aria-labelledby="endret"><h2 id="endret">Endret (1)</h2><details class="ds-details doc-change" id="T-3" open><summary><span><strong>Tiltak 3</strong></span></summary>
<div class="stack"><ul class="paragraph-changes"><li data-paragraph="changed"><span class="paragraph-label">Endret avsnitt</span><p>Tiltaket <del><span class="ds-sr-only">Slettet: </span>styrker</del><ins><span class="ds-sr-only">Satt inn: </span>løfter</ins> målet om kompetanse.</p></li></ul></div></details></section></main></body></html>`;

// One server for the file: the preview of the fixture content with the change page beside it. The change is T-3's,
// which no other test comments on, so its thread holds that test's comment alone.
let server: RunningReviewServer;
let browser: Browser;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'strategi-review-ui-preview-'));
  cpSync(inject('previewDist'), dist, { recursive: true });
  mkdirSync(path.join(dist, 'endringer/2026-1/utkast'), { recursive: true });
  writeFileSync(path.join(dist, 'endringer/2026-1/utkast/index.html'), changePage);
  env = {
    STRATEGI_PREVIEW_DIST: dist,
    STRATEGI_REVIEW_DATA: mkdtempSync(path.join(tmpdir(), 'strategi-review-ui-')),
    STRATEGI_REVIEW_SECRET: 'nøkkel-for-nettlesertestene-som-er-lang-nok',
  };
  server = await startReviewServerHere(env);
  env['STRATEGI_REVIEW_URL'] = server.origin;
  browser = await chromium.connect(inject('wsEndpoint'), { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the reviewer’s side in Chromium', () => {
  const contexts: BrowserContext[] = [];

  const share = async (name: string, ...options: string[]) => {
    let stdout = '';
    const code = await main(['preview', 'share', '--name', name, '--expires', '2d', ...options], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      cwd: fixtures,
      env,
    });
    expect(code).toBe(0);
    return stdout.trim().split('\n')[1]!;
  };
  /** A signed-in reader at a width, with the problems the page reports. */
  const reader = async (width: number, name = 'KS sekretariatet', ...options: string[]) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // Script errors and CSP violations; a failed load is named by its response below, with its address.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
    });
    await signIn(context, await share(name, ...options));
    return { page, problems };
  };
  /** A comment the page finds when it loads: posted through the API as the reader, before the page is opened. */
  const post = (page: Page, body: unknown) => postComment(page.context(), server.origin, body);
  const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
  });

  test('at 1,280 px the thread is in the margin; Tab reaches the mark, Enter its comment, and on to the reply', async () => {
    const { page, problems } = await reader(1280);
    const { number } = await post(page, { document: 'T-1', edition: 'utkast', text: 'Hvem velger?', target: { selector: [quote] } });
    await page.goto(`${server.origin}${measurePage}`);
    const mark = page.locator(`mark.review-mark[data-kommentar="${number}"]`).first();
    await mark.waitFor();
    expect([await mark.getAttribute('aria-describedby'), await mark.getAttribute('aria-details')]).toEqual([
      `kommentar-${number}-tekst`,
      `kommentar-${number}`,
    ]);
    expect(await page.locator(`#kommentar-${number}-tekst`).textContent()).toBe('Hvem velger?');

    const section = await box(page, '#tekst-T-1');
    const thread = await box(page, '#kommentarer-T-1');
    expect(thread.x).toBeGreaterThanOrEqual(section.x + section.width);
    expect(thread.y).toBeLessThan(section.y + section.height);

    let steps = 0;
    while (!(await mark.evaluate((element) => element === document.activeElement)) && steps++ < 80) await page.keyboard.press('Tab');
    expect(steps).toBeLessThan(80);
    expect(await mark.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`kommentar-${number}`);
    expect(await page.locator(`#kommentar-${number}`).getAttribute('class')).toContain('review-active');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vis i teksten');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Svar');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Redaksjonen velger.');
    // A reader not yet named is asked in the reply's form too: past the name and the e-mail to the button.
    for (const name of ['navn', 'epost']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(name);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Send svar');
    await page.keyboard.press('Enter');
    await page.locator(`#kommentar-${number} .review-replies .review-text`, { hasText: 'Redaksjonen velger.' }).waitFor();

    await page.locator(`#kommentar-${number} .review-show-mark`).click();
    expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);

    // The goal's page links to the measure, with a badge of its comments.
    await page.goto(`${server.origin}/versjoner/utkast/mal/M-1/`);
    const badge = page.locator(`a[href$="${measurePage}"] + .review-count`).first();
    await expect.poll(() => badge.textContent()).toMatch(/^\d+ kommentarer, \d+ (åpen|åpne)$/);
    expect(problems).toEqual([]);
  });

  test('at 320 px the thread is below its section and nothing scrolls sideways', async () => {
    const { page } = await reader(320);
    await page.goto(`${server.origin}${measurePage}`);
    await page.locator('.review-pair').first().waitFor({ state: 'attached' });
    const section = await box(page, '#tekst-T-1');
    const thread = await box(page, '#kommentarer-T-1');
    expect(thread.y).toBeGreaterThanOrEqual(section.y + section.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('a named person suggests new text for a selection; the suggestion is stored and «Mine kommentarer» lists it', async () => {
    const { page, problems } = await reader(1280, 'Gruppe i Udir');
    await page.goto(`${server.origin}${measurePage}`);
    await page.locator('html[data-review-marked]').waitFor({ state: 'attached' });
    await page.evaluate(() => {
      const section = document.getElementById('tekst-T-1')!;
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.textContent!.indexOf('velge digitale');
        if (start === -1) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + 'velge digitale'.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    });
    await page.getByRole('button', { name: 'Foreslå endring' }).click();
    const thread = page.locator('#kommentarer-T-1');
    const field = thread.getByLabel('Ny tekst i stedet for utdraget (valgfritt)');
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('velge digitale');
    await field.fill('velge gode digitale');
    await thread.getByLabel('Kommentar', { exact: true }).fill('Presisering');
    await thread.locator('form.review-form').getByLabel('Navnet ditt (valgfritt)').fill('Kari');
    await thread.getByRole('button', { name: 'Send kommentar' }).click();
    await thread.locator('.review-meta', { hasText: 'Kari (Gruppe i Udir)' }).waitFor();
    const listed = await page.evaluate(
      async () => (await (await fetch('/api/kommentarer')).json()) as { items: { creator: { name: string }; suggestion?: { text: string } }[] },
    );
    const mine = listed.items.find((item) => item.creator.name === 'Kari (Gruppe i Udir)');
    expect(mine?.suggestion?.text).toBe('velge gode digitale');
    await page.goto(`${server.origin}/_review/mine`);
    expect(await page.locator('.review-text').allTextContents()).toEqual(['Presisering']);
    expect(problems).toEqual([]);
  });

  test('each thread says whether its passage is in place, moved or lost, as the CLI does; a lost one marks nothing', async () => {
    const { page, problems } = await reader(1280, 'Plassering');
    const target = (exact: string, prefix = '') => ({ selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix: '' }] });
    const placed = await post(page, { document: 'T-1', edition: 'utkast', text: 'Her', target: target('velge digitale verktøy', 'barnehageeiere med å ') });
    const moved = await post(page, { document: 'T-1', edition: 'utkast', text: 'Der', target: target('velge digitale verktøy', 'Et annet avsnitt sa: ') });
    const lost = await post(page, { document: 'T-1', edition: 'utkast', text: 'Borte', target: target('Denne setningen står ikke i teksten') });
    await page.goto(`${server.origin}${measurePage}`);
    const label = (number: number) => page.locator(`#kommentar-${number} > .review-quote + .review-anchor`);
    await expect.poll(() => label(lost.number).textContent()).toBe('Utdraget i teksten: mistet stedet');
    expect(await label(placed.number).textContent()).toBe('Utdraget i teksten: på plass');
    expect(await label(moved.number).textContent()).toBe('Utdraget i teksten: flyttet');
    expect(await label(lost.number).getAttribute('data-anchor')).toBe('lost');
    expect(await page.locator(`mark.review-mark[data-kommentar="${placed.number}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`mark.review-mark[data-kommentar="${moved.number}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`mark.review-mark[data-kommentar="${lost.number}"]`).count()).toBe(0);
    expect(await page.locator(`#kommentar-${lost.number} > .review-show-mark`).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  // Each page is loaded once and scanned at both widths: the layout changes with a media query alone. The readers
  // below do nothing but scan after signing in, so axe comes with every page they load.
  const scanAtBothWidths = async (page: Page, found: Record<string, string[]>) => {
    const pathname = new URL(page.url()).pathname;
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      found[`${width} ${pathname}`] = await axeViolations(page);
    }
  };

  test('axe finds nothing on the review pages at 320 and 1,280 px', async () => {
    const { page } = await reader(1280, 'axe');
    await axeInEveryPage(page.context());
    await post(page, { document: 'T-1', edition: 'utkast', text: 'For axe', target: { selector: [quote] } });
    const found: Record<string, string[]> = {};
    const pathnames = [measurePage, '/_review/mine', '/_review/oversikt', '/finnes-ikke/'];
    for (const pathname of pathnames) {
      await page.goto(`${server.origin}${pathname}`);
      if (pathname === measurePage) await page.locator('mark.review-mark').first().waitFor();
      await scanAtBothWidths(page, found);
    }
    expect(found).toEqual(Object.fromEntries(pathnames.flatMap((pathname) => [`320 ${pathname}`, `1280 ${pathname}`]).map((key) => [key, []])));
  });

  test('axe finds nothing on the editors’ overview of the rounds at 320 and 1,280 px', async () => {
    const { page } = await reader(1280, 'axe redaksjonen', '--editor');
    await axeInEveryPage(page.context());
    await page.goto(`${server.origin}/_review/runder`);
    // The comments of the tests above are in its tables.
    await page.locator('table.review-table').first().waitFor();
    const found: Record<string, string[]> = {};
    await scanAtBothWidths(page, found);
    expect(found).toEqual({ '320 /_review/runder': [], '1280 /_review/runder': [] });
  });
});

describe('comments on a change page in Chromium', () => {
  let context: BrowserContext | undefined;

  afterAll(async () => {
    await context?.close().catch(() => undefined);
  });

  /** Selects from the start of `from` to the end of `to` across the change's elements, as a drag would. */
  const select = async (page: Page, from: string, to: string) => {
    await page.locator('html[data-review-marked]').waitFor({ state: 'attached' });
    await page.evaluate(
      ({ from, to }) => {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(document.getElementById('T-3')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const first = nodes.find((node) => node.data.includes(from))!;
        const last = nodes.find((node) => node.data.includes(to))!;
        const range = document.createRange();
        range.setStart(first, first.data.indexOf(from));
        range.setEnd(last, last.data.indexOf(to) + to.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      { from, to },
    );
  };

  test('the new text of a change is commented and marked; deleted text is left out and cannot be commented alone', async () => {
    let stdout = '';
    await main(['preview', 'share', '--name', 'KS', '--expires', '2d'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      cwd: fixtures,
      env,
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signIn(context, stdout.trim().split('\n')[1]!);
    const page = await context.newPage();
    await page.goto(`${server.origin}/endringer/2026-1/utkast/`);
    const thread = page.locator('#kommentarer-T-3');
    await thread.waitFor();

    await select(page, 'styrker', 'styrker');
    await page.waitForTimeout(50);
    expect(await page.getByRole('button', { name: 'Kommenter markert tekst' }).isVisible()).toBe(false);

    await select(page, 'Tiltaket', 'målet');
    await page.getByRole('button', { name: 'Kommenter markert tekst' }).click();
    expect(await thread.getByLabel('Tekst du kommenterer (valgfritt, lim inn fra teksten over)').inputValue()).toBe('Tiltaket løfter målet');
    await thread.getByLabel('Kommentar', { exact: true }).fill('Bedre ord');
    await thread.getByRole('button', { name: 'Send kommentar' }).click();
    await thread.locator('.review-text', { hasText: 'Bedre ord' }).waitFor();
    await page.reload();
    await expect.poll(() => page.locator('#T-3 mark.review-mark').allTextContents()).toEqual(['Tiltaket ', 'løfter', ' målet']);
    expect(await page.locator('#T-3 del mark, #T-3 .ds-sr-only mark').count()).toBe(0);
    const saved = await page.evaluate(async () => (await (await fetch('/api/kommentarer?document=T-3&edition=utkast')).json()).items[0].target.selector);
    expect(saved).toEqual([{ type: 'TextQuoteSelector', exact: 'Tiltaket løfter målet', prefix: '\n', suffix: ' om kompetanse.' }]);
  });
});
