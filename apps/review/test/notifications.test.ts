import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FailureLimiter, hostedOrigins } from '@strategi/hosting';
import { createMailer, type Mailer } from '@strategi/mail';
import { startTestSmtp, type TestSmtp } from '@strategi/mail/testing';
import { ReviewStore, signShareToken } from '@strategi/review';
import { databaseKinds, freshLocation } from '@strategi/review/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createReviewApp, SESSION_COOKIE, serverConfig, startReviewServer } from '../src/index.ts';
import { Notifications } from '../src/notifications.ts';
import { unsubscribeUrl } from '../src/notifications-links.ts';
import { unsubscribeToken } from '../src/notifications-token.ts';
import { linkOrigin } from '../src/server.ts';
import { json, makeDist, ORIGIN } from './helpers.ts';

const MINUTE = 60_000;
const START = new Date('2026-12-01T10:00:00.000Z');
const EDITORS = ['redaksjon@example.no', 'leder@example.no'];
const secret = new TextEncoder().encode('test-nøkkel-som-er-lang-nok-til-hs256-signering');
const comment = (text: string) => ({
  document: 'T-1',
  edition: 'utkast',
  text,
  target: { selector: [{ type: 'TextQuoteSelector', exact: 'kompetanse i barnehagen', prefix: 'målet om ', suffix: '.' }] },
});

/** Every address a mail shows in its headers and bodies (but the Message-ID, which names no one). */
const addressesIn = (raw: string) => [...new Set(raw.replace(/^Message-ID: .*$/im, '').match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? [])];

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.close());

describe.each(databaseKinds)('e-mail notifications on %s', (kind) => {
  let clock: Date;
  let store: ReviewStore;
  let mailer: Mailer;
  let notifications: Notifications;
  let app: ReturnType<typeof createReviewApp>;
  const logged: string[] = [];
  const at = (minutes: number) => {
    clock = new Date(START.getTime() + minutes * MINUTE);
  };
  const request = (pathname: string, init: RequestInit & { cookie?: string } = {}) => {
    const { cookie, ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('host', 'gjennomlesing.test');
    if (cookie) headers.set('cookie', `${SESSION_COOKIE}=${cookie}`);
    return Promise.resolve(app.request(`${ORIGIN}${pathname}`, { ...rest, headers }));
  };
  const link = async (name: string, role: 'reviewer' | 'editor') => {
    const made = await store.createLink({ name, role, expiresAt: new Date(START.getTime() + 30 * 86_400_000) });
    return { id: made.id, cookie: await signShareToken(made, secret) };
  };
  const post = async (body: unknown, cookie: string) => {
    const response = await request('/api/kommentarer', { ...json(body), cookie });
    expect(response.status).toBe(201);
    return (await response.json()).number as number;
  };
  /** A notifier over `on` for `editors`, every 15 minutes, on the test's clock; `log` collects what it logs. */
  const notifier = (on: ReviewStore, editors: string[], log?: (line: string) => void) =>
    new Notifications({ store: on, mailer, editors, intervalMs: 15 * MINUTE, publicUrl: ORIGIN, secret, now: () => clock, log });
  const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

  beforeEach(async () => {
    at(0);
    smtp.received.length = 0;
    smtp.failing = false;
    logged.length = 0;
    store = await ReviewStore.open(await freshLocation(kind), () => clock);
    mailer = createMailer({ url: smtp.url, from: 'Strategi <strategi@example.no>' });
    notifications = notifier(store, EDITORS, (line) => logged.push(line));
    app = createReviewApp({ store, secret, dist: makeDist(), allowed: hostedOrigins(ORIGIN), limiter: new FailureLimiter(), now: () => clock, notifications });
  });
  afterEach(async () => {
    await notifications.stop();
    mailer.close();
    await store.close();
  });

  test('two comments make one mail to each editor; a third after the interval makes a second', async () => {
    const reviewer = await link('KS sekretariatet', 'reviewer');
    const first = await post(comment('Gjelder dette også SFO?'), reviewer.cookie);
    at(5);
    const second = await post(comment('Hva med skolefritidsordningen?'), reviewer.cookie);
    at(14);
    expect(await notifications.deliver()).toBe(0);
    at(15);
    expect(await notifications.deliver()).toBe(2);
    expect(smtp.received.map((mail) => mail.to)).toEqual(expect.arrayContaining([['redaksjon@example.no'], ['leder@example.no']]));
    for (const address of EDITORS) {
      const [mail] = mailsTo(address);
      expect(mail?.parsed.subject).toBe('2 nye kommentarer i gjennomlesingen');
      expect(mail?.parsed.text).toContain(
        `KS sekretariatet kommenterte «kompetanse i barnehagen» i T-1\n> Gjelder dette også SFO?\nLes i sammenhengen: ${ORIGIN}/versjoner/utkast/tiltak/T-1/#kommentar-${first}`,
      );
      expect(mail?.parsed.text).toContain(`> Hva med skolefritidsordningen?\nLes i sammenhengen: ${ORIGIN}/versjoner/utkast/tiltak/T-1/#kommentar-${second}`);
      // One mail per person: no other editor's address anywhere in it.
      expect(addressesIn(mail?.raw ?? '')).toEqual(['strategi@example.no', address]);
    }

    at(20);
    const third = await post(comment('En tredje.'), reviewer.cookie);
    at(34);
    expect(await notifications.deliver()).toBe(0);
    at(35);
    expect(await notifications.deliver()).toBe(2);
    expect(mailsTo('leder@example.no').map((mail) => mail.parsed.subject)).toEqual([
      '2 nye kommentarer i gjennomlesingen',
      'Én ny kommentar i gjennomlesingen',
    ]);
    expect(mailsTo('leder@example.no')[1]?.parsed.text).toContain(`#kommentar-${third}`);
  });

  test('behind a group link, the editors’ mail names the person who wrote each comment, as the page does', async () => {
    const group = await link('Gruppe i Udir', 'reviewer');
    await post({ ...comment('Gjelder dette også SFO?'), person: { name: 'Kari Nordmann' } }, group.cookie);
    at(15);
    expect(await notifications.deliver()).toBe(2);
    expect(mailsTo('leder@example.no')[0]?.parsed.text).toContain('Kari Nordmann (Gruppe i Udir) kommenterte «kompetanse i barnehagen» i T-1\n');
  });

  test('a reviewer who gave an e-mail hears of a reply and of the thread resolved; the editors hear nothing of the editor’s reply', async () => {
    const reviewer = await link('KS sekretariatet', 'reviewer');
    const editor = await link('Redaksjonen', 'editor');
    const kari = await store.createPerson({ linkId: reviewer.id, name: 'Kari Nordmann', email: 'Kari@Example.no' });
    const { comment: root } = await store.createComment({
      linkId: reviewer.id,
      personId: kari.id,
      author: 'Kari Nordmann',
      document: 'T-1',
      edition: 'utkast',
      text: 'Gjelder dette også SFO?',
      format: 'text',
    });
    await post({ document: 'T-1', edition: 'utkast', text: 'Ja, det gjør det.', replyTo: root.id }, editor.cookie);
    const resolved = await request(`/api/kommentarer/${root.id}`, { ...json({ resolved: true }), method: 'PATCH', cookie: editor.cookie });
    expect(resolved.status).toBe(200);
    // Resolving again without reopening tells nobody twice.
    await request(`/api/kommentarer/${root.id}`, { ...json({ resolved: true }), method: 'PATCH', cookie: editor.cookie });
    at(15);
    expect(await notifications.deliver()).toBe(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual(['kari@example.no']);
    expect(mail?.parsed.subject).toBe('Nytt i trådene dine i gjennomlesingen');
    expect(mail?.parsed.text).toBe(
      [
        'Det har skjedd noe i trådene du har startet:',
        '',
        'Redaksjonen svarte i tråden din om T-1',
        '> Ja, det gjør det.',
        `Les i sammenhengen: ${ORIGIN}/versjoner/utkast/tiltak/T-1/#kommentar-${root.id + 1}`,
        '',
        'Redaksjonen merket tråden din om T-1 som løst',
        '> Gjelder dette også SFO?',
        `Les i sammenhengen: ${ORIGIN}/versjoner/utkast/tiltak/T-1/#kommentar-${root.id}`,
        '',
        '-- ',
        'Du får denne e-posten fordi du oppga adressen da du kommenterte.',
        `Meld deg av varslene: ${unsubscribeUrl(ORIGIN, unsubscribeToken(secret, 'kari@example.no'))}`,
        '',
      ].join('\n'),
    );
    expect(addressesIn(mail?.raw ?? '')).toEqual(['strategi@example.no', 'kari@example.no']);
  });

  test('the unsubscribe link asks on GET, unsubscribes on a one-click POST, and then no more mail goes there', async () => {
    const reviewer = await link('KS sekretariatet', 'reviewer');
    await post(comment('Første.'), reviewer.cookie);
    at(15);
    await notifications.deliver();
    const raw = mailsTo('leder@example.no')[0]?.raw.replace(/\r\n[ \t]+/g, ' ') ?? '';
    const url = new URL(raw.match(/^List-Unsubscribe: <([^>]+)>/m)?.[1] ?? '');
    expect(url.origin + url.pathname).toBe(`${ORIGIN}/_review/avmelding`);
    const target = url.pathname + url.search;

    const page = await request(target);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<form method="post" action="${target.replaceAll('&', '&amp;')}"><button type="submit">Meld meg av</button></form>`);
    expect(await store.isUnsubscribed('leder@example.no')).toBe(false);

    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const forged = await request(target, { method: 'POST', headers: { ...form, origin: 'https://angriper.example' }, body: 'List-Unsubscribe=One-Click' });
    expect(forged.status).toBe(403);
    const wrong = await request(`${url.pathname}?token=${encodeURIComponent('bGVkZXJAZXhhbXBsZS5ubw.feil')}`, {
      method: 'POST',
      headers: form,
      body: 'List-Unsubscribe=One-Click',
    });
    expect(wrong.status).toBe(400);
    expect(await store.isUnsubscribed('leder@example.no')).toBe(false);

    // A mail program's RFC 8058 POST: no Origin, no cookie, no CSRF token.
    const oneClick = await request(target, { method: 'POST', headers: form, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('Du er meldt av');
    expect(await store.isUnsubscribed('leder@example.no')).toBe(true);

    at(20);
    await post(comment('Andre.'), reviewer.cookie);
    at(40);
    expect(await notifications.deliver()).toBe(1);
    expect(mailsTo('leder@example.no')).toHaveLength(1);
    expect(mailsTo('redaksjon@example.no')).toHaveLength(2);
  });

  test('a failing SMTP server does not fail the comment: it is logged and the mail is sent later', async () => {
    const reviewer = await link('KS sekretariatet', 'reviewer');
    smtp.failing = true;
    await post(comment('Gjelder dette også SFO?'), reviewer.cookie);
    at(15);
    expect(await notifications.deliver()).toBe(0);
    expect(logged).toEqual([
      expect.stringMatching(/^Varselet ble ikke sendt \(forsøk 1, prøver igjen 2026-12-01T10:16:00\.000Z\): .*451/),
      expect.stringMatching(/^Varselet ble ikke sendt \(forsøk 1, prøver igjen 2026-12-01T10:16:00\.000Z\): .*451/),
    ]);
    smtp.failing = false;
    expect(await notifications.deliver()).toBe(0);
    at(16);
    expect(await notifications.deliver()).toBe(2);
    expect(smtp.received).toHaveLength(2);
  });

  test('a batch the SMTP server keeps refusing is given up after ten attempts, about four hours', async () => {
    // One editor: each address's batch counts its own attempts (the test above has two), and each refused attempt
    // is an SMTP conversation of its own.
    const one = notifier(store, ['redaksjon@example.no'], (line) => logged.push(line));
    const reviewer = await link('KS sekretariatet', 'reviewer');
    smtp.failing = true;
    const { comment: stored } = await store.createComment({
      linkId: reviewer.id,
      author: 'KS sekretariatet',
      document: 'T-1',
      edition: 'utkast',
      text: 'Gjelder dette også SFO?',
      format: 'text',
    });
    await one.commentCreated(stored, { role: 'reviewer' });
    let minutes = 15;
    for (let attempt = 1; attempt <= 10; attempt++) {
      at(minutes);
      await one.deliver();
      minutes += 60;
    }
    expect(logged.filter((line) => line.startsWith('Varselet ble ikke sendt (forsøk '))).toHaveLength(9);
    expect(logged.at(-1)).toMatch(/^Varselet ble ikke sendt etter 10 forsøk og er gitt opp: .*451/);
    smtp.failing = false;
    at(minutes + 600);
    expect(await one.deliver()).toBe(0);
    expect(smtp.received).toEqual([]);
  });

  test('two servers on one database send a batch once', async () => {
    const location = await freshLocation(kind);
    const stores = [await ReviewStore.open(location, () => clock), await ReviewStore.open(location, () => clock)];
    try {
      const [first, second] = stores.map((one) => notifier(one, EDITORS));
      const made = await stores[0]!.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date(START.getTime() + 86_400_000) });
      for (const text of ['Én', 'To', 'Tre']) {
        const { comment: stored } = await stores[1]!.createComment({ linkId: made.id, author: 'KS', document: 'T-1', edition: 'utkast', text, format: 'text' });
        await first!.commentCreated(stored, { role: 'reviewer' });
      }
      at(15);
      const sent = await Promise.all([first!.deliver(), second!.deliver()]);
      expect(sent.sort()).toEqual([0, 2]);
      expect(await Promise.all([first!.deliver(), second!.deliver()])).toEqual([0, 0]);
      expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(['leder@example.no', 'redaksjon@example.no']);
      expect(smtp.received.map((mail) => mail.parsed.subject)).toEqual(['3 nye kommentarer i gjennomlesingen', '3 nye kommentarer i gjennomlesingen']);
    } finally {
      await Promise.all(stores.map((one) => one.close()));
    }
  });

  test('a batch waiting in the queue survives a restart', async () => {
    const location = await freshLocation(kind);
    const before = await ReviewStore.open(location, () => clock);
    const made = await before.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date(START.getTime() + 86_400_000) });
    const { comment: stored } = await before.createComment({ linkId: made.id, author: 'KS', document: 'M-2', edition: 'utkast', text: 'Hei', format: 'text' });
    await notifier(before, ['redaksjon@example.no']).commentCreated(stored, { role: 'reviewer' });
    await before.close();
    const after = await ReviewStore.open(location, () => clock);
    try {
      at(15);
      const restarted = notifier(after, []);
      expect(await restarted.deliver()).toBe(1);
      expect(smtp.received[0]?.parsed.text).toContain(`${ORIGIN}/versjoner/utkast/mal/M-2/#kommentar-${stored.id}`);
    } finally {
      await after.close();
    }
  });
});

test('mail is off by default: the server starts without it, a comment is stored, and no SMTP connection is tried', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'strategi-review-mail-'));
  const env = {
    STRATEGI_REVIEW_DATA: dataDir,
    STRATEGI_PREVIEW_DIST: makeDist(),
    STRATEGI_REVIEW_SECRET: 'test-nøkkel-som-er-lang-nok-til-hs256-signering',
    STRATEGI_REVIEW_EDITOR_EMAILS: 'redaksjon@example.no',
    PORT: '0',
  };
  const config = serverConfig(env, dataDir);
  expect(config.mail).toEqual({ smtp: undefined, editors: ['redaksjon@example.no'], intervalMs: 15 * MINUTE, tickMs: 30_000 });
  const connections = smtp.connections;
  const server = await startReviewServer(config, env);
  try {
    const made = await server.store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date(Date.now() + 86_400_000) });
    const cookie = await signShareToken(made, secret);
    const response = await fetch(`${server.origin}/api/kommentarer`, {
      ...json(comment('Hei')),
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${cookie}` },
    });
    expect(response.status).toBe(201);
    expect(await server.store.claimDueMail('x', 0)).toEqual([]);
  } finally {
    await server.close();
  }
  expect(smtp.connections).toBe(connections);
});

test('a running server with SMTP set sends the editors’ batch by itself when it is due, not at its next look at the queue', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'strategi-review-mail-'));
  const env = {
    STRATEGI_REVIEW_DATA: dataDir,
    STRATEGI_PREVIEW_DIST: makeDist(),
    STRATEGI_REVIEW_SECRET: 'test-nøkkel-som-er-lang-nok-til-hs256-signering',
    STRATEGI_REVIEW_EDITOR_EMAILS: 'redaksjon@example.no',
    // 1.2 seconds: the two comments below are posted at once, well within it.
    STRATEGI_REVIEW_MAIL_INTERVAL: '0.02',
    STRATEGI_SMTP_URL: smtp.url,
    STRATEGI_SMTP_FROM: 'strategi@example.no',
    PORT: '0',
  };
  smtp.received.length = 0;
  const config = serverConfig(env, dataDir);
  // Its other look at the queue a minute away (the test's value; a second with this interval by default): a mail
  // that comes within the test's wait came from the timer set for the batch.
  const server = await startReviewServer({ ...config, mail: { ...config.mail, tickMs: 60_000 } }, env);
  try {
    const made = await server.store.createLink({ name: 'KS', role: 'reviewer', expiresAt: new Date(Date.now() + 86_400_000) });
    const cookie = `${SESSION_COOKIE}=${await signShareToken(made, secret)}`;
    const posted = await Promise.all(
      ['Én', 'To'].map((text) =>
        fetch(`${server.origin}/api/kommentarer`, { ...json(comment(text)), headers: { 'content-type': 'application/json', cookie } }),
      ),
    );
    expect(posted.map((response) => response.status)).toEqual([201, 201]);
    const [mail] = await smtp.waitFor(1, 30_000);
    expect(mail?.to).toEqual(['redaksjon@example.no']);
    expect(mail?.parsed.subject).toBe('2 nye kommentarer i gjennomlesingen');
    // Without STRATEGI_REVIEW_URL the links go where the server listens (here a port the system chose), not to 4322.
    expect(mail?.parsed.text).toContain(`Les i sammenhengen: ${server.origin}/versjoner/utkast/tiltak/T-1/#kommentar-`);
    expect(mail?.parsed.text).toContain(`${server.origin}/_review/avmelding?token=`);
    expect(mail?.parsed.text).not.toContain('127.0.0.1:4322');
    // The batch was sent when it fell due: the server set a timer for it rather than waiting for its next look.
    const queue = () => server.store.db.selectFrom('mail_queue').select(['due_at', 'sent_at']).execute();
    // Marked sent once the SMTP server has answered, a moment after the mail arrived there.
    await expect.poll(async () => (await queue()).map((row) => row.sent_at !== null)).toEqual([true, true]);
    const rows = await queue();
    for (const row of rows) {
      const late = Date.parse(row.sent_at ?? '') - Date.parse(row.due_at);
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(1_500);
    }
  } finally {
    await server.close();
  }
});

test('the mails’ address: STRATEGI_REVIEW_URL when set, else the listening one, on 127.0.0.1 when every address listens', () => {
  const listening = (hostname: string) => ({ hostname, port: 5173, origin: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:5173` });
  expect(linkOrigin('https://les.example.no', listening('127.0.0.1'))).toBe('https://les.example.no');
  expect(linkOrigin(undefined, listening('127.0.0.1'))).toBe('http://127.0.0.1:5173');
  expect(linkOrigin(undefined, listening('::1'))).toBe('http://[::1]:5173');
  expect(linkOrigin(undefined, listening('0.0.0.0'))).toBe('http://127.0.0.1:5173');
  expect(linkOrigin(undefined, listening('::'))).toBe('http://127.0.0.1:5173');
});
