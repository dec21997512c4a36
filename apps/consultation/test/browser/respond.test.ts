/**
 * A member of the public on a phone without JavaScript: opens the consultation, responds to a passage, gets the
 * receipt by e-mail (read back from a test SMTP server), follows its link and corrects the response. The pages are
 * scanned with axe at 320 and 1,280 px and must not scroll sideways on the phone.
 */

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ConsultationStore } from '@strategi/consultation';
import { startTestSmtp, type TestSmtp } from '@strategi/mail/testing';
import { chromiumArgs, chromiumPath } from '@strategi/testing/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openFixture } from '../open-fixture.ts';
import { type ServerProcess, startServerProcess } from '../server-process.ts';

let smtp: TestSmtp;
let server: ServerProcess;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  dataDir = mkdtempSync(path.join(tmpdir(), 'strategi-horing-browser-'));
  server = await startServerProcess({
    STRATEGI_CONTENT: openFixture(),
    STRATEGI_HORING_DATA: dataDir,
    DATABASE_URL: '',
    STRATEGI_SMTP_URL: smtp.url,
    STRATEGI_SMTP_FROM: 'Høring <horing@example.no>',
  });
  browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/**
 * axe runs as a script, which the responder's page has turned off: the page the responder sees is scanned as it is,
 * put into a page of the same origin where scripts run, at the given width.
 */
async function axe(page: Page, width: number): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  try {
    const scan = await context.newPage();
    await scan.goto(`${server.origin}/horing.css`);
    await scan.setContent(await page.content(), { waitUntil: 'load' });
    const result = await new AxeBuilder({ page: scan }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  } finally {
    await context.close();
  }
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('a responder on a phone without JavaScript responds to a passage, gets the receipt and corrects the response', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  expect(await axe(page, 320)).toEqual([]);
  await page.getByRole('link', { name: 'Mål: Alle barnehager har ansatte med god digital kompetanse.' }).click();
  await page.waitForURL(`${server.origin}/horing/2022-horing/mal/M-1`);
  expect(await axe(page, 1280)).toEqual([]);
  expect(await axe(page, 320)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);

  // By keyboard, as a screen reader user would: every field is reached by its label.
  await page.getByLabel('Hvilken del (valgfritt)').fill('innspillet fra Udir');
  await page.getByLabel('Høringssvar', { exact: true }).fill('Vi ønsker at målet også gjelder skolene.');
  await page.getByLabel('Navn', { exact: true }).fill('Kari Nordmann');
  await page.getByLabel('Jeg svarer som').selectOption('organisasjon');
  await page.getByLabel('E-post for kvittering (valgfritt)').fill('kari@example.no');
  await page.getByLabel('Offentlig uten navn').check();
  // A person takes more than the 3 seconds the service asks of a form.
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: 'Send høringssvar' }).focus();
  await page.keyboard.press('Enter');
  // The page comes once the response is stored (and the receipt handed to the mail server).
  await page.getByRole('heading', { level: 1, name: 'Takk for høringssvaret' }).waitFor();
  expect(await axe(page, 320)).toEqual([]);

  const [mail] = await smtp.waitFor(1);
  expect(mail!.to).toEqual(['kari@example.no']);
  const link = /(http:\/\/127\.0\.0\.1:\d+\/kvittering\/[A-Za-z0-9_-]{43})/.exec(mail!.parsed.text ?? '')![1]!;
  await page.goto(link);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Høringssvaret ditt');
  expect(await page.locator('blockquote.quote').textContent()).toBe('innspillet fra Udir');
  expect(await axe(page, 320)).toEqual([]);
  expect(await axe(page, 1280)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);

  await page.getByLabel('Høringssvar', { exact: true }).fill('Vi ønsker at målet også gjelder skolene og SFO.');
  await page.getByRole('button', { name: 'Lagre rettelsen' }).click();
  await page.getByRole('status').filter({ hasText: 'Rettelsen er lagret. Svaret går gjennom redaksjonen på nytt.' }).waitFor();
  expect(await page.getByLabel('Høringssvar', { exact: true }).inputValue()).toBe('Vi ønsker at målet også gjelder skolene og SFO.');
  await context.close();

  const store = await ConsultationStore.open({ sqliteFile: path.join(dataDir, 'horing.sqlite') });
  try {
    expect((await store.listResponses()).map((r) => [r.text, r.publication, r.quote?.exact, r.state])).toEqual([
      ['Vi ønsker at målet også gjelder skolene og SFO.', 'anonymous', 'innspillet fra Udir', 'new'],
    ]);
  } finally {
    await store.close();
  }
});

test('a responder on a phone without JavaScript responds to the whole consultation draft from the version’s page', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.origin}/?lang=en`);
  await page.getByRole('link', { name: 'Respond to the whole consultation draft' }).click();
  await page.waitForURL(`${server.origin}/horing/2022-horing?lang=en#svar`);
  expect(await axe(page, 320)).toEqual([]);
  expect(await axe(page, 1280)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
  expect(await page.getByLabel('Which part (optional)').count()).toBe(0);

  await page.getByLabel('Response', { exact: true }).fill('The draft should say more about small schools.');
  await page.getByLabel('Name', { exact: true }).fill('Emma Hansen');
  await page.getByLabel('I am responding as').selectOption('annen');
  await page.getByLabel('Public with my name').check();
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: 'Send response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you for your response' }).waitFor();
  expect(await axe(page, 320)).toEqual([]);
  await context.close();

  const store = await ConsultationStore.open({ sqliteFile: path.join(dataDir, 'horing.sqlite') });
  try {
    const emma = (await store.listResponses()).find((response) => response.name === 'Emma Hansen');
    expect(emma).toMatchObject({ version: '2022-horing', document: null, quote: null, lang: 'en', state: 'new' });
  } finally {
    await store.close();
  }
});

test('with JavaScript, selecting a passage in the document fills «Hvilken del» with the text around it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.origin}/horing/2022-horing/mal/M-1`);
  await page.evaluate(() => {
    const article = document.getElementById('dokument')!;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const start = text.indexOf('fra Udir');
      if (start === -1) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 'fra Udir'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      article.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error('passage not found');
  });
  expect(await page.getByLabel('Hvilken del (valgfritt)').inputValue()).toBe('fra Udir');
  expect(await page.locator('input[name="sitat-for"]').inputValue()).toBe('Målet bygger på innspillet ');
  expect(await page.locator('input[name="sitat-etter"]').inputValue()).toMatch(/^\./);
  await page.getByLabel('Høringssvar', { exact: true }).fill('Om Udir sitt innspill.');
  await page.getByLabel('Navn', { exact: true }).fill('Ola');
  await page.getByLabel('Jeg svarer som').selectOption('kommune');
  await page.getByLabel('Ikke offentlig').check();
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: 'Send høringssvar' }).click();
  // The page comes once the response is stored (and the receipt handed to the mail server).
  await page.getByRole('heading', { level: 1, name: 'Takk for høringssvaret' }).waitFor();
  await context.close();

  const store = await ConsultationStore.open({ sqliteFile: path.join(dataDir, 'horing.sqlite') });
  try {
    const ola = (await store.listResponses()).find((response) => response.name === 'Ola');
    expect(ola).toMatchObject({ quote: { exact: 'fra Udir', prefix: 'Målet bygger på innspillet ' }, position: { start: 27, end: 35 }, publication: 'none' });
  } finally {
    await store.close();
  }
});

test('a form sent with mistakes comes back with an error summary and each error at its field, axe clean', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${server.origin}/horing/2022-horing/mal/M-1?lang=nn`);
  await page.getByLabel('E-post for kvittering (valfritt)').fill('ikkje ei adresse');
  await page.waitForTimeout(3_200);
  await page.getByRole('button', { name: 'Send høyringssvar' }).click();
  await page.getByRole('alert').getByRole('heading', { name: 'Rett opp dette før du sender' }).waitFor();
  expect(await page.getByRole('alert').getByRole('link').allTextContents()).toEqual([
    'Skriv høyringssvaret (høgst 20 000 teikn).',
    'Skriv namnet ditt (høgst 200 teikn, på éi linje).',
    'Vel kven du svarer som.',
    'Skriv ei gyldig e-postadresse, eller la feltet stå tomt.',
    'Vel om svaret kan publiserast.',
  ]);
  expect(await page.getByLabel('E-post for kvittering (valfritt)').inputValue()).toBe('ikkje ei adresse');
  expect(await axe(page, 320)).toEqual([]);
  expect(await axe(page, 1280)).toEqual([]);
  await context.close();
});
