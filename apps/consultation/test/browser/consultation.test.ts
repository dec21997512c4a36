/**
 * The consultation service in Chromium, started once for the people who use it, as one process on 127.0.0.1 the
 * way it runs in production, with mail to a test SMTP server and the review server's editor links.
 *
 * A member of the public on a phone without JavaScript opens the consultation, responds to a passage, gets the
 * receipt by e-mail, follows its link and corrects the response, and responds to the whole draft from the version's
 * page. An editor then signs in with an editor link, sees a new response with the personal data in it marked,
 * publishes it anonymised by keyboard, finds it redacted on the public page and in the JSON, and turns it into an
 * input of the round, which a goal then names; once an adopted version answers the input, the published response
 * says what became of it. The public's tests run first, so the editor finds their responses waiting beside the one
 * moderated, as on a real day. The pages are scanned with axe at 320 and 1,280 px; a phone must not scroll sideways.
 */
import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConsultationStore } from '@strategi/consultation';
import { startTestSmtp, type TestSmtp } from '@strategi/mail/testing';
import { loadCorpus } from '@strategi/model';
import { loadSecret, ReviewStore, reviewPlaces, signShareToken } from '@strategi/review';
import { axeInEveryPage, axeViolations, wcagTags } from '@strategi/testing/axe';
import { checkDisabledFeatures, chromiumPath, chromiumTestArgs } from '@strategi/testing/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixture, releaseAdopted } from '../open-fixture.ts';
import { type ServerProcess, startServerProcess } from '../server-process.ts';

let smtp: TestSmtp;
let server: ServerProcess;
let browser: Browser;
let dataDir: string;
let contentDir: string;
const reviewEnv = { STRATEGI_REVIEW_DATA: '', STRATEGI_REVIEW_SECRET: 'k'.repeat(40) };

/** The service's waits, shortened for the run (the defaults, 3 s and 30 s, are the unit tests' and production's). */
const MIN_FILL_SECONDS = 0.2;
const RELOAD_SECONDS = 2;
/** A person takes longer than the service's minimum fill time. */
const fillTime = (page: Page) => page.waitForTimeout(MIN_FILL_SECONDS * 1000 + 100);

beforeAll(async () => {
  smtp = await startTestSmtp();
  dataDir = mkdtempSync(path.join(tmpdir(), 'strategi-horing-browser-'));
  reviewEnv.STRATEGI_REVIEW_DATA = path.join(dataDir, 'review');
  contentDir = openFixture();
  // The service and Chromium start side by side; each is kept as it starts, so afterAll stops it if the other fails.
  await Promise.all([
    startServerProcess({
      STRATEGI_CONTENT: contentDir,
      STRATEGI_HORING_DATA: dataDir,
      DATABASE_URL: '',
      STRATEGI_SMTP_URL: smtp.url,
      STRATEGI_SMTP_FROM: 'Høring <horing@example.no>',
      STRATEGI_HORING_MIN_FILL: String(MIN_FILL_SECONDS),
      STRATEGI_HORING_RELOAD: String(RELOAD_SECONDS),
      ...reviewEnv,
    }).then((started) => {
      server = started;
    }),
    // Launched, not served and connected to: the test talks to Chromium without a WebSocket (and its compression)
    // between two ends in this same process.
    chromium.launch({ executablePath: chromiumPath, args: [...chromiumTestArgs] }).then(async (launched) => {
      browser = launched;
      checkDisabledFeatures(await commandLineOf(launched));
    }),
  ]);
});

/** The browser process's command line, as the system has it: a launched browser does not show its own. */
async function commandLineOf(launched: Browser): Promise<string[]> {
  const session = await launched.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    const pid = processInfo.find((info) => info.type === 'browser')?.id;
    if (pid === undefined) throw new Error('Chromium did not name its browser process');
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  } finally {
    await session.detach();
  }
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** The project's WCAG levels (`wcagTags`), and WCAG 2.2 AA besides. */
const tags = [...wcagTags, 'wcag22aa'];

/**
 * axe runs as a script, which the responder's page has turned off: the page the responder sees is scanned as it is,
 * put into a page of the same origin where scripts run, at the given width. One such page serves every scan: a new
 * browser context for each cost more than the scan. Its context puts axe into every document it loads
 * (`axeInEveryPage`), and the same markup scanned at a second width is not loaded again, only widened or narrowed.
 */
let scanPage: Promise<{ scan: Page; markup: string | undefined }> | undefined;
async function axe(page: Page, width: number): Promise<string[]> {
  scanPage ??= (async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await axeInEveryPage(context);
    const scan = await context.newPage();
    await scan.goto(`${server.origin}/horing.css`);
    return { scan, markup: undefined };
  })();
  const scanning = await scanPage;
  const { scan } = scanning;
  await scan.setViewportSize({ width, height: 800 });
  const markup = await page.content();
  if (markup !== scanning.markup) {
    await scan.setContent(markup, { waitUntil: 'load' });
    scanning.markup = markup;
  }
  return axeViolations(scan, tags);
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** axe on a page as the editor sees it, scripts and all, at the given width. */
async function axeScripted(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  return axeViolations(page, tags);
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

describe('a member of the public', () => {
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
    await fillTime(page);
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
    await fillTime(page);
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
    await fillTime(page);
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
    await fillTime(page);
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
});

describe('an editor', () => {
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
    expect(await axeScripted(page, 1280)).toEqual([]);
    expect(await axeScripted(page, 320)).toEqual([]);

    // The public's responses wait beside it: the editor acts on this one.
    const item = page.locator(`#svar-${response.id}`);
    await item.getByRole('button', { name: 'Publiser anonymisert' }).focus();
    await page.keyboard.press('Enter');
    // The page comes back once the decision is stored: wait for it, not for a one-second poll.
    await item.getByText('Publisert anonymisert').waitFor();

    const published = await context.newPage();
    await published.goto(`${server.origin}/horing/2022-horing/svar`);
    expect(await published.locator(`#svar-${response.id} .response-text`).textContent()).toBe('Målet bør gjelde SFO. Ring meg på […].');
    expect(await published.content()).not.toContain('Kari Nordmann');
    expect(await axeScripted(published, 320)).toEqual([]);
    const json = await (await published.request.get(`${server.origin}/horing/2022-horing/svar.json`)).json();
    expect(json.responses).toEqual([expect.objectContaining({ id: response.id, name: null, text: 'Målet bør gjelde SFO. Ring meg på […].' })]);

    await item.getByLabel('Innspillsrunde').selectOption('R-1');
    await item.getByRole('button', { name: 'Gjør til innspill' }).click();
    await page.getByText('Gjort om til innspill IN-3.').waitFor();
    expect(await page.getByText('Gjort om til innspill IN-3.').count()).toBe(1);
    await context.close();

    const input = await readFile(path.join(contentDir, 'innspill/IN-3.md'), 'utf8');
    expect(input).toContain('sender: Høringssvar uten navn\n');
    const goal = path.join(contentDir, 'mal/M-1.md');
    await writeFile(goal, (await readFile(goal, 'utf8')).replace('inputs: [IN-1]', 'inputs: [IN-1, IN-3]'));
    const corpus = await loadCorpus(contentDir);
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
    const adopted = await releaseAdopted(contentDir);
    expect(adopted.ok).toBe(true);
    const reader = await browser.newContext({ viewport: { width: 320, height: 640 } });
    reader.setDefaultTimeout(15_000);
    const outcome = await reader.newPage();
    // The service reads the released versions again once its read is older than STRATEGI_HORING_RELOAD.
    await expect
      .poll(
        async () => {
          await outcome.goto(`${server.origin}/horing/2022-horing/svar`);
          return outcome.getByRole('heading', { name: 'Hva skjedde med innspillet' }).count();
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe(1);
    expect(await outcome.locator('.outcome .decision').textContent()).toBe('Tatt til følge. Begrunnelse: SFO er tatt med i målet.');
    expect(await outcome.getByRole('link', { name: /^Mål M-1: / }).getAttribute('href')).toBe('/endringer/2022-horing/2025-vedtatt/#M-1');
    expect(await axeScripted(outcome, 320)).toEqual([]);
    await reader.close();
  });
});
