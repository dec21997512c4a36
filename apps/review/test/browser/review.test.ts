/**
 * A reviewer's whole path in Chromium, on SQLite and on PostgreSQL: the editor shares a link with the CLI, the
 * reviewer opens it, selects a passage, comments, reloads, and the editor's `strategi comments` shows the comment
 * at the passage's line and column in the Markdown source; a revoked link is refused at once. Also: the forms
 * without JavaScript, and comments and names that try to run script.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '@strategi/cli';
import { findQuote, type QuoteText } from '@strategi/review';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type RunningReviewServer, startReviewServerHere } from './review-server.ts';
import { postComment, signIn } from './sign-in.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const measurePage = '/versjoner/utkast/tiltak/T-1/';
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', dateStyle: 'short' }).format(new Date());

async function freshDatabase(serverUrl: string): Promise<string> {
  const { freshDatabase: create } = await import('@strategi/review/testing');
  return create(serverUrl, 'browser');
}

/** Selects a passage of a section the way a reader's drag does, and lets the page see the mouse go up. */
async function selectPassage(page: Page, sectionId: string, from: string, to: string): Promise<void> {
  await page.locator('html[data-review-marked]').waitFor({ state: 'attached' });
  await page.evaluate(
    ({ sectionId, from, to }) => {
      const section = document.getElementById(sectionId)!;
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const start = text.indexOf(from);
        const end = text.indexOf(to, start);
        if (start === -1 || end === -1) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end + to.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`passage not found: ${from} … ${to}`);
    },
    { sectionId, from, to },
  );
}

describe.each(['sqlite', 'postgres'] as const)('reviewing in Chromium on %s', (kind) => {
  let server: RunningReviewServer;
  let browser: Browser;
  let env: NodeJS.ProcessEnv;
  const contexts: BrowserContext[] = [];

  const cli = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(args, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: fixtures,
      env,
    });
    return { code, stdout, stderr };
  };
  const share = async (name: string) => {
    const result = await cli(['preview', 'share', '--name', name, '--expires', '2d']);
    expect(result.code).toBe(0);
    return { id: /id ([a-z2-9]{10})\)/.exec(result.stdout)![1]!, url: result.stdout.trim().split('\n')[1]! };
  };
  const open = async (javaScriptEnabled = true) => {
    const context = await browser.newContext({ javaScriptEnabled });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Script errors and CSP violations; a failed load is named by its response below, with its address.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
    });
    return { page, problems };
  };

  beforeAll(async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'strategi-review-browser-'));
    env = {
      STRATEGI_PREVIEW_DIST: inject('previewDist'),
      STRATEGI_REVIEW_DATA: data,
      STRATEGI_REVIEW_SECRET: 'nøkkel-for-nettlesertestene-som-er-lang-nok',
      ...(kind === 'postgres' ? { DATABASE_URL: await freshDatabase(inject('postgresUrl')) } : {}),
    };
    server = await startReviewServerHere(env);
    env['STRATEGI_REVIEW_URL'] = server.origin;
    browser = await chromium.connect(inject('wsEndpoint'), { timeout: 30_000 });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  test('share link → page → select → comment → reload → the CLI shows it at its line; revoked → refused', async () => {
    const link = await share('KS sekretariatet');
    const { page, problems } = await open();
    await page.goto(link.url);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto(`${server.origin}${measurePage}`);

    await selectPassage(page, 'tekst-T-1', 'velge digitale', 'som passer');
    await page.getByRole('button', { name: 'Kommenter markert tekst' }).click();
    const thread = page.locator('#kommentarer-T-1');
    await expect
      .poll(() => thread.getByLabel('Tekst du kommenterer (valgfritt, lim inn fra teksten over)').inputValue())
      .toBe('velge digitale verktøy\nsom passer');
    await thread.getByLabel('Kommentar', { exact: true }).fill('Hvem velger verktøyene?');
    await thread.getByRole('button', { name: 'Send kommentar' }).click();
    await thread.locator('.review-text', { hasText: 'Hvem velger verktøyene?' }).waitFor();

    await page.reload();
    const comment = page.locator('#kommentarer-T-1 .review-comment').first();
    await expect.poll(() => comment.locator('.review-text').textContent()).toBe('Hvem velger verktøyene?');
    expect(await comment.locator('.review-meta').textContent()).toMatch(/^KS sekretariatet, \d+\. \p{L}+ \d{4} kl\. \d\d\.\d\d \(norsk tid\)$/u);
    expect(await comment.locator('.review-quote').textContent()).toBe('«velge digitale verktøy\nsom passer»');
    await expect.poll(() => page.locator('#tekst-T-1 mark.review-mark').allTextContents()).toEqual(['velge digitale verktøy\nsom passer']);
    expect(problems).toEqual([]);

    const number = Number(await comment.getAttribute('data-kommentar'));
    const listed = await cli(['comments', '--dir', 'content']);
    expect(listed.stderr).toBe('');
    expect(listed.stdout).toBe(
      `content/tiltak/T-1.md:20:45  «velge digitale verktøy som passer»  Hvem velger verktøyene?  [KS sekretariatet, ${today()}]  #${number}  på plass\n\n1 kommentar.\n`,
    );

    expect((await cli(['preview', 'revoke', link.id])).code).toBe(0);
    const refused = await page.reload();
    expect(refused?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('Lenken er trukket tilbake');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await page.content()).not.toContain('Veilederen');
    const again = await page.goto(link.url);
    expect(again?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('Lenken er trukket tilbake');
  });

  test('without JavaScript a reviewer comments through the section’s form', async () => {
    const link = await share('Udir');
    const { page } = await open(false);
    await signIn(page.context(), link.url);
    await page.goto(`${server.origin}${measurePage}`);
    const thread = page.locator('#kommentarer-T-1');
    await thread.getByLabel('Tekst du kommenterer (valgfritt, lim inn fra teksten over)').fill('prøves ut i ti barnehager');
    await thread.getByLabel('Kommentar', { exact: true }).fill('Hvilke barnehager?');
    await thread.getByRole('button', { name: 'Send kommentar' }).click();
    await page.waitForURL(/#kommentar-\d+$/);
    const number = Number(new URL(page.url()).hash.replace('#kommentar-', ''));
    expect(await page.locator(`#kommentar-${number} .review-text`).textContent()).toBe('Hvilke barnehager?');
    const listed = await cli(['comments', '--dir', 'content', '--format', 'json']);
    const item = JSON.parse(listed.stdout).find((entry: { id: number }) => entry.id === number);
    expect([item.file, item.line, item.column, item.match]).toEqual(['content/tiltak/T-1.md', 24, 7, 'exact']);
  });

  test('script in comments and names stays text', async () => {
    const name = '<img src=x onerror="window.__xss=1">Ola';
    const link = await share(name);
    const { page, problems } = await open();
    await signIn(page.context(), link.url);
    await page.goto(`${server.origin}${measurePage}`);
    const payloads = [
      ['<script>window.__xss=2</script><img src=x onerror="window.__xss=3">', false],
      ['[klikk](javascript:window.__xss=4) <img src=x onerror="window.__xss=5"> <svg onload="window.__xss=6"></svg> **fet**', true],
    ] as const;
    for (const [text, markdown] of payloads) {
      const thread = page.locator('#kommentarer-T-1');
      await thread.getByLabel('Kommentar', { exact: true }).fill(text);
      if (markdown) await thread.getByLabel('Teksten er Markdown').check();
      await thread.getByRole('button', { name: 'Send kommentar' }).click();
      await page.locator('#kommentarer-T-1 .review-comment').last().waitFor();
      await expect.poll(() => page.locator('#kommentarer-T-1 .review-meta', { hasText: 'Ola' }).count()).toBeGreaterThan(markdown ? 1 : 0);
    }
    await page.reload();
    const own = page.locator('#kommentarer-T-1 .review-comment', { hasText: 'Ola' });
    await expect.poll(() => own.count()).toBe(2);
    expect(await own.nth(0).locator('.review-text').textContent()).toBe(payloads[0][0]);
    expect(await own.nth(1).locator('.review-text strong').textContent()).toBe('fet');
    // A javascript: link keeps its text and loses its target (the sanitiser drops the href), never runs.
    expect((await own.nth(1).locator('.review-text a').getAttribute('href')) ?? '').not.toMatch(/javascript/i);
    expect(await own.nth(0).locator('.review-meta').textContent()).toContain(name);
    // The sanitiser may keep an <img> (GitHub's allow-list), never a handler, a script or an SVG.
    expect(await page.locator('#kommentarer-T-1 svg, #kommentarer-T-1 script, #kommentarer-T-1 iframe').count()).toBe(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('#kommentarer-T-1 *')].flatMap((element) =>
        [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name),
      ),
    );
    expect(handlers).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The kept <img src=x> asks for a file that is not there: a 404, and nothing runs.
    expect(problems.filter((problem) => !problem.endsWith(`${measurePage}x`))).toEqual([]);
  });
  test('the page marks a quote where the server finds it: a line the page breaks elsewhere, a passage edited since', async () => {
    const link = await share('Kunnskapsdepartementet');
    const { page, problems } = await open();
    await signIn(page.context(), link.url);
    const quotes: QuoteText[] = [
      // The reader's copy broke the line after «lages»; the page has a space there.
      { exact: 'Veilederen lages\nsammen med Udir', prefix: '', suffix: '' },
      // The page now says «målet»: found approximately, by the server and the page alike.
      { exact: 'Tiltaket styrker målene om kompetanse', prefix: '', suffix: '' },
    ];
    const numbers: number[] = [];
    for (const quote of quotes) {
      const body = { document: 'T-1', edition: 'utkast', text: 'Sitatet', target: { selector: [{ type: 'TextQuoteSelector', ...quote }] } };
      numbers.push((await postComment(page.context(), server.origin, body)).number);
    }
    await page.goto(`${server.origin}${measurePage}`);
    await expect.poll(() => page.locator('#tekst-T-1 mark.review-mark[data-kommentar]').count()).toBeGreaterThanOrEqual(2);
    const { text, marks } = await page.locator('#tekst-T-1').evaluate((section) => {
      const marks: Record<string, { start: number; end: number }> = {};
      for (const mark of section.querySelectorAll<HTMLElement>('mark.review-mark')) {
        const range = document.createRange();
        range.setStart(section, 0);
        range.setEnd(mark, 0);
        const start = range.toString().length;
        const end = start + (mark.textContent ?? '').length;
        const known = marks[mark.dataset.kommentar!];
        marks[mark.dataset.kommentar!] = { start: Math.min(start, known?.start ?? start), end: Math.max(end, known?.end ?? end) };
      }
      return { text: section.textContent ?? '', marks };
    });
    const expected = quotes.map((quote) => {
      const found = findQuote(text, quote);
      return found && { start: found.start, end: found.end };
    });
    expect(expected.map((found) => found && text.slice(found.start, found.end))).toEqual([
      'Veilederen lages sammen med Udir',
      'Tiltaket styrker målet om kompetanse',
    ]);
    expect(numbers.map((number) => marks[String(number)])).toEqual(expected);
    // The earlier test's kept <img src=x> still asks for its missing file.
    expect(problems.filter((problem) => !problem.endsWith(`${measurePage}x`))).toEqual([]);

    const listed = await cli(['comments', '--dir', 'content', '--format', 'json']);
    const kinds = numbers.map((number) => JSON.parse(listed.stdout).find((entry: { id: number }) => entry.id === number)?.match);
    expect(kinds).toEqual(['exact', 'fuzzy']);
  });
});
