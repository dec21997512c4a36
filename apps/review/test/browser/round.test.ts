/**
 * A review round from start to end in Chromium, as issue #29 says it is done: two reviewers behind one group link,
 * each named, comment in the margin and on a change page, and one suggests an edit; the editor resolves the other
 * comment with a disposition and accepts the suggestion in the web editor (the source changes, the draft still
 * validates, the commit carries the reviewer as co-author); the round closes and refuses a late comment; the docx
 * export opens and lists all of it; the editors got one batched mail and the reviewer the reply mail. axe is clean
 * at 320 and 1,280 px on every page visited. The mails are looked for last, so the time until they are due is spent
 * on the editor's work rather than waited out.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { inflateRawSync } from 'node:zlib';

import { main } from '@strategi/cli';
import { startTestSmtp, type TestSmtp } from '@strategi/mail/testing';
import { axeInEveryPage, axeViolations } from '@strategi/testing/axe';
import { type ServerProcess as EditorProcess, startServerProcess as startProcess } from '@strategi/testing/server-process';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type RunningReviewServer, startReviewServerHere } from './review-server.ts';
import { signIn } from './sign-in.ts';

const fixtureContent = path.resolve(import.meta.dirname, '../fixtures/content');
const editorBin = path.resolve(import.meta.dirname, '../../../editor/src/bin.ts');
const measurePage = '/versjoner/utkast/tiltak/T-1/';
const changesPage = '/endringer/2026-1/utkast/';
const ROUND = 'Intern runde';
const EDITORS = 'redaksjon@example.no';

/** A change page shaped as the site's (`DiffView.astro`): T-1's first paragraph, with «styrker» new in the draft. */
const changePage = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Endringer fra 2026-1 til utkastet</title></head><body><main><h1>Endringer fra 2026-1 til utkastet</h1>
<section aria-labelledby="endret"><h2 id="endret">Endret (1)</h2><details class="ds-details doc-change" id="T-1" open><summary><span><strong>Lage en veileder</strong></span></summary>
<div class="stack"><ul class="paragraph-changes"><li data-paragraph="changed"><span class="paragraph-label">Endret avsnitt</span><p>Tiltaket <del><span class="ds-sr-only">Slettet: </span>løfter</del><ins><span class="ds-sr-only">Satt inn: </span>styrker</ins> målet om kompetanse i barnehagen.</p></li></ul></div></details></section></main></body></html>`;

/** The text of every paragraph in a .docx, read with the zip's central directory and zlib (no zip library needed). */
function docxText(bytes: Buffer): string {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    if (name === 'word/document.xml') {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      return xml
        .split('</w:p>')
        .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
        .join('\n');
    }
    at += 46 + nameLength + extra;
  }
  throw new Error('no word/document.xml in the .docx');
}

/** Selects from `from` to the end of `to` in an element's text, as a drag would, and lets the page see the mouse go up. */
const select = async (page: Page, id: string, from: string, to: string) => {
  await page.locator('html[data-review-marked]').waitFor({ state: 'attached' });
  await page.evaluate(
    ({ id, from, to }) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const first = nodes.find((node) => node.data.includes(from))!;
      const last = nodes.find((node) => node.data.includes(to, node === first ? node.data.indexOf(from) : 0))!;
      const range = document.createRange();
      range.setStart(first, first.data.indexOf(from));
      range.setEnd(last, last.data.indexOf(to, last === first ? first.data.indexOf(from) : 0) + to.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { id, from, to },
  );
};

describe('a review round in Chromium, from the group link to the export', () => {
  let smtp: TestSmtp;
  let server: RunningReviewServer;
  let editor: EditorProcess;
  let browser: Browser;
  let env: NodeJS.ProcessEnv;
  let scratch: string;
  let repository: string;
  let data: string;
  const contexts: BrowserContext[] = [];
  const axeFound: Record<string, string[]> = {};

  const cli = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(args, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: repository,
      env,
    });
    return { code, stdout, stderr };
  };
  const share = async (name: string, ...flags: string[]) => {
    const result = await cli('preview', 'share', '--name', name, '--expires', '2d', ...flags);
    expect(result.code).toBe(0);
    return result.stdout.trim().split('\n')[1]!;
  };
  /**
   * A browser of its own at a width, with the script errors, CSP reports and failed loads it sees, signed in with
   * `link` when given. Nearly every page it loads is scanned, so axe comes with each (a load not scanned costs its
   * setup, far less than sending axe's source into each page scanned).
   */
  const open = async (width: number, link?: string) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    await axeInEveryPage(context);
    if (link) await signIn(context, link);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    return { page, problems };
  };
  /** axe (WCAG 2.0/2.1 A and AA) on the page as it stands, at 320 and at 1,280 px, noted under its path. */
  const axe = async (page: Page) => {
    const width = page.viewportSize()?.width ?? 1280;
    for (const size of [320, 1280]) {
      await page.setViewportSize({ width: size, height: 900 });
      // Added to, not replaced: the reviewer's and the editor's view of the same page are both kept.
      const key = `${size} ${new URL(page.url()).pathname}`;
      axeFound[key] = [...(axeFound[key] ?? []), ...(await axeViolations(page))];
    }
    await page.setViewportSize({ width, height: 900 });
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repository, encoding: 'utf8' });
  /** The editors' queued mail as the server wrote it: one row per comment, with when its batch is (or was) due. */
  const editorsQueue = () => {
    const database = new DatabaseSync(path.join(data, 'kommentarer.sqlite'), { readOnly: true });
    try {
      return database.prepare('select comment_id, due_at from mail_queue where address = ? order by comment_id').all(EDITORS) as {
        comment_id: number;
        due_at: string;
      }[];
    } finally {
      database.close();
    }
  };
  /** The first mail to an address, waiting for it as long as it may take to fall due. */
  const mailTo = async (address: string) => {
    for (;;) {
      const mail = smtp.received.find((received) => received.to.includes(address));
      if (mail) return mail;
      await smtp.waitFor(smtp.received.length + 1, 45_000);
    }
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    scratch = mkdtempSync(path.join(tmpdir(), 'strategi-review-round-'));
    // The content in a git repository of its own, which the web editor commits to.
    repository = path.join(scratch, 'repo');
    cpSync(fixtureContent, path.join(repository, 'content'), { recursive: true });
    git('init', '--quiet', '--initial-branch=main');
    // The machine's git identity, which the local web editor commits as when the editor has not given a name.
    git('config', 'user.name', 'Eva Redaktør');
    git('config', 'user.email', 'eva@example.no');
    git('add', '.');
    git('commit', '--quiet', '-m', 'Innholdet');
    // The preview of that content, with a change page beside it.
    const dist = path.join(scratch, 'preview');
    cpSync(inject('previewDist'), dist, { recursive: true });
    mkdirSync(path.join(dist, changesPage), { recursive: true });
    writeFileSync(path.join(dist, changesPage, 'index.html'), changePage);
    data = path.join(scratch, 'review');
    env = {
      STRATEGI_PREVIEW_DIST: dist,
      STRATEGI_REVIEW_DATA: data,
      STRATEGI_REVIEW_SECRET: 'nøkkel-for-nettlesertestene-som-er-lang-nok',
      STRATEGI_SMTP_URL: smtp.url,
      STRATEGI_SMTP_FROM: 'Strategi <strategi@example.no>',
      STRATEGI_REVIEW_EDITOR_EMAILS: EDITORS,
      // 18 seconds: the three comments below are written one after the other, within a few seconds of the first,
      // so they join its batch (the first test checks that in the queue); the mails are due while the editor works.
      STRATEGI_REVIEW_MAIL_INTERVAL: '0.3',
    };
    server = await startReviewServerHere(env);
    env['STRATEGI_REVIEW_URL'] = server.origin;
    // The web editor over the same content and the same comment store, as an editor runs it on their machine.
    editor = await startProcess({
      name: 'the editor',
      bin: editorBin,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL' && !name.startsWith('STRATEGI_'))),
        STRATEGI_CONTENT: path.join(repository, 'content'),
        STRATEGI_REVIEW_DATA: data,
        STRATEGI_DIST: path.join(scratch, 'editor-preview'),
      },
      ready: /kjører på (http:\/\/[\d.]+:\d+)\//,
      startTimeoutMs: 60_000,
      watchdogMs: 600_000,
    });
    browser = await chromium.connect(inject('wsEndpoint'), { timeout: 30_000 });
    const round = await cli('comments', 'round', 'create', ROUND, '--deadline', new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    expect([round.code, round.stderr]).toEqual([0, '']);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await editor?.stop();
    await server?.stop();
    await smtp?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  let groupLink: string;
  let kari: Page;
  let ola: Page;
  /** What the reviewers' pages reported: script errors, CSP reports. */
  let reviewerProblems: string[][];
  let suggestionNumber: number;
  let marginNumber: number;

  test('two reviewers behind one group link, each named, comment in the margin and on a change page; one suggests an edit', async () => {
    groupLink = await share('Gruppe i Udir');

    const first = await open(1280, groupLink);
    kari = first.page;
    const second = await open(320, groupLink);
    ola = second.page;
    await kari.goto(`${server.origin}${measurePage}`);
    await select(kari, 'tekst-T-1', 'kompetanse', 'barnehagen');
    await kari.getByRole('button', { name: 'Kommenter markert tekst' }).click();
    const thread = kari.locator('#kommentarer-T-1');
    await thread.getByLabel('Kommentar', { exact: true }).fill('Gjelder dette også SFO?');
    const form = thread.locator('form.review-form');
    await form.getByLabel('Navnet ditt (valgfritt)').fill('Kari Nordmann');
    await form.getByLabel('E-post for varsler (valgfritt, vises ikke for andre)').fill('kari@example.no');
    await form.getByRole('button', { name: 'Send kommentar' }).click();
    await thread.locator('.review-meta', { hasText: 'Kari Nordmann (Gruppe i Udir)' }).waitFor();

    await select(kari, 'tekst-T-1', 'velge digitale', 'verktøy');
    await kari.getByRole('button', { name: 'Foreslå endring' }).click();
    await thread.getByLabel('Ny tekst i stedet for utdraget (valgfritt)').fill('velge gode digitale verktøy');
    await thread.getByLabel('Kommentar', { exact: true }).fill('Presisering');
    await form.getByRole('button', { name: 'Send kommentar' }).click();
    await thread.locator('.review-suggestion-change').waitFor();

    await ola.goto(`${server.origin}${changesPage}`);
    const change = ola.locator('#kommentarer-T-1');
    // Kari's comments are on this document too, each with a reply form: the new comment's form is the thread's own.
    const olaForm = change.locator('form.review-form');
    await olaForm.getByLabel('Kommentar', { exact: true }).fill('Bra at målet styrkes.');
    await olaForm.getByLabel('Navnet ditt (valgfritt)').fill('Ola Nordmann');
    await olaForm.getByLabel('E-post for varsler (valgfritt, vises ikke for andre)').fill('ola@example.no');
    await olaForm.getByRole('button', { name: 'Send kommentar' }).click();
    await change.locator('.review-meta', { hasText: 'Ola Nordmann (Gruppe i Udir)' }).waitFor();

    const items = await kari.evaluate(
      async () =>
        (await (await fetch('/api/kommentarer?document=T-1')).json()).items as { number: number; body: { value: string }; creator: { name: string } }[],
    );
    marginNumber = items.find((item) => item.body.value === 'Gjelder dette også SFO?')!.number;
    suggestionNumber = items.find((item) => item.body.value === 'Presisering')!.number;
    expect(items.map((item) => item.creator.name)).toEqual(['Kari Nordmann (Gruppe i Udir)', 'Kari Nordmann (Gruppe i Udir)', 'Ola Nordmann (Gruppe i Udir)']);
    // All three joined the batch the first one started: one row per comment, all due when the first one's is.
    const queued = editorsQueue();
    expect(queued.map((row) => row.comment_id)).toEqual(items.map((item) => item.number).sort((a, b) => a - b));
    expect(new Set(queued.map((row) => row.due_at)).size, 'the three comments were written before the first one’s batch was due').toBe(1);

    // In the margin beside its section at 1,280 px.
    const section = (await kari.locator('#tekst-T-1').boundingBox())!;
    const margin = (await thread.boundingBox())!;
    expect(margin.x).toBeGreaterThanOrEqual(section.x + section.width);
    reviewerProblems = [first.problems, second.problems];
  });

  test('the reviewers’ pages, marks and «Mine kommentarer» included, are clean for axe and the browser', async () => {
    await kari.locator('mark.review-mark').first().waitFor();
    await axe(kari);
    await axe(ola);
    await ola.goto(`${server.origin}/_review/mine`);
    expect(await ola.locator('.review-text').allTextContents()).toEqual(['Bra at målet styrkes.']);
    await axe(ola);
    expect(reviewerProblems.flat()).toEqual([]);
  });

  test('the editor resolves the margin comment with a disposition', async () => {
    const { page, problems } = await open(1280, await share('Redaksjonen', '--editor'));
    await page.goto(`${server.origin}${measurePage}`);
    const comment = page.locator(`#kommentar-${marginNumber}`);
    const resolve = comment.locator('details.review-action', { has: page.locator('legend', { hasText: 'Utfall' }) });
    await resolve.locator('summary').click();
    await resolve.getByLabel('Delvis tatt til følge').check();
    await resolve.getByLabel('Begrunnelse (må fylles ut når kommentaren ikke tas til følge)').fill('SFO kommer i neste handlingsplan.');
    await resolve.locator('button[type="submit"]').click();
    await comment.locator('.review-disposition').waitFor();
    expect(await comment.locator('.review-disposition').textContent()).toBe('Utfall: Delvis tatt til følge. SFO kommer i neste handlingsplan.');
    await axe(page);
    expect(problems).toEqual([]);
    await kari.reload();
    expect(await kari.locator(`#kommentar-${marginNumber} .review-disposition`).textContent()).toContain('Delvis tatt til følge');
  });

  test('the editor accepts the suggestion in the web editor: the source changes, the draft validates, the commit carries the reviewer', async () => {
    const { page, problems } = await open(1280);
    await page.goto(`${editor.origin}/dokument/measure/T-1`);
    const item = page.locator(`#kommentar-${suggestionNumber}`);
    expect(await item.locator('.forslag').textContent()).toBe('velge gode digitale verktøy');
    expect(await item.locator('.forslag ins').allTextContents()).toEqual(['gode ']);
    await axe(page);
    await item.getByRole('button', { name: 'Godta' }).click();
    await page.waitForURL(/godtatt=/);
    const commit = git('rev-parse', '--short', 'redigering').trim();
    await page.getByText(`Forslaget er tatt inn i dokumentet og sendt inn (commit ${commit}).`).waitFor();
    expect(readFileSync(path.join(repository, 'content', 'tiltak', 'T-1.md'), 'utf8')).toContain(
      'barnehageeiere med å velge gode digitale verktøy\nsom passer',
    );
    const validated = await cli('validate');
    expect([validated.code, validated.stderr]).toEqual([0, '']);
    expect(git('show', '--name-only', '--format=', 'redigering').trim()).toBe('content/tiltak/T-1.md');
    const message = git('log', '-1', '--format=%an%n%B', 'redigering');
    expect(message).toMatch(
      /^Eva Redaktør\nT-1: forslaget fra Kari Nordmann \(Gruppe i Udir\) i kommentar #\d+\n\nCo-authored-by: Kari Nordmann \(Gruppe i Udir\) <leser-[a-z2-9]+@noreply\.invalid>\n/,
    );
    await axe(page);
    expect(problems).toEqual([]);
  });

  test('the round closes and refuses a late comment', async () => {
    expect((await cli('comments', 'round', 'close', ROUND)).code).toBe(0);
    await ola.goto(`${server.origin}${changesPage}`);
    const change = ola.locator('#kommentarer-T-1 form.review-form');
    await change.getByLabel('Kommentar', { exact: true }).fill('For sent?');
    await change.getByRole('button', { name: 'Send kommentar' }).click();
    await expect.poll(() => change.locator('[role="alert"]').first().textContent()).toContain(`Kommentarrunden «${ROUND}» er avsluttet`);
    const texts = await ola.evaluate(async () =>
      (await (await fetch('/api/kommentarer')).json()).items.map((item: { body: { value: string } }) => item.body.value),
    );
    expect(texts).not.toContain('For sent?');
  });

  test('the docx export of the round opens and lists all of it', async () => {
    const out = path.join(scratch, 'runde.docx');
    const written = await cli('comments', 'export', ROUND, '--format', 'docx', '--out', out);
    expect(written.code).toBe(0);
    const text = docxText(readFileSync(out));
    for (const expected of [
      'Gjelder dette også SFO?',
      'Presisering',
      'Bra at målet styrkes.',
      'Kari Nordmann',
      'Ola Nordmann',
      'Behandling: Delvis tatt til følge. Begrunnelse: SFO kommer i neste handlingsplan.',
      'Forslag til ny tekst: «velge gode digitale verktøy» (tatt inn i teksten)',
      'Behandling: Tatt til følge',
    ]) {
      expect(text).toContain(expected);
    }
  });

  test('the editors get one mail with all three comments', async () => {
    const mail = await mailTo(EDITORS);
    expect(mail.to).toEqual([EDITORS]);
    expect(mail.parsed.subject).toBe('3 nye kommentarer i gjennomlesingen');
    expect(mail.parsed.text).toContain('Kari Nordmann (Gruppe i Udir) kommenterte «kompetanse i barnehagen» i T-1');
    expect(mail.parsed.text).toContain('> Presisering');
    expect(mail.parsed.text).toContain('Ola Nordmann (Gruppe i Udir) kommenterte T-1');
    expect(smtp.received.filter((received) => received.to.includes(EDITORS))).toHaveLength(1);
  });

  test('Kari gets the reply mail: her margin comment resolved, with its disposition', async () => {
    const reply = await mailTo('kari@example.no');
    expect(reply.parsed.subject).toBe('Nytt i trådene dine i gjennomlesingen');
    expect(reply.parsed.text).toContain('Redaksjonen merket tråden din om «kompetanse i barnehagen» i T-1 som løst: delvis tatt til følge');
  });

  test('axe found nothing on any page visited', () => {
    expect(Object.keys(axeFound).length).toBeGreaterThanOrEqual(8);
    expect(Object.entries(axeFound).filter(([, found]) => found.length > 0)).toEqual([]);
  });
});
