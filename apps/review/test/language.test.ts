/**
 * The server's own words come from `@strategi/i18n` in the preview's language — the one the site chose for the
 * strategy and wrote as `<html lang>` — on refusals, threads and the «Merk som løst» form, and in the mails.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FailureLimiter, hostedOrigins } from '@strategi/hosting';
import { createMailer } from '@strategi/mail';
import { startTestSmtp } from '@strategi/mail/testing';
import { ReviewStore, signShareToken } from '@strategi/review';
import { freshLocation } from '@strategi/review/testing';
import { afterEach, describe, expect, test } from 'vitest';
import { createReviewApp, SESSION_COOKIE } from '../src/index.ts';
import { previewLanguage } from '../src/language.ts';
import { Notifications } from '../src/notifications.ts';
import { json, makeDist, ORIGIN } from './helpers.ts';

const secret = new TextEncoder().encode('test-nøkkel-som-er-lang-nok-til-hs256-signering');
const page = '/versjoner/utkast/tiltak/T-1/';

/** A preview whose front page says it is in `lang`. */
function distIn(lang: string): string {
  const dist = makeDist();
  writeFileSync(
    path.join(dist, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><title>Forside</title></head><body><main><h1>Utkast</h1></main></body></html>`,
  );
  return dist;
}

describe('the review server in the preview’s language', () => {
  const stores: ReviewStore[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });

  async function serve(lang: string, notifications?: (store: ReviewStore) => Notifications, now?: () => Date) {
    const store = await ReviewStore.open(await freshLocation('sqlite'), now);
    stores.push(store);
    const app = createReviewApp({
      store,
      secret,
      dist: distIn(lang),
      allowed: hostedOrigins(ORIGIN),
      limiter: new FailureLimiter(),
      notifications: notifications?.(store),
      ...(now ? { now } : {}),
    });
    const request = (pathname: string, init: RequestInit & { cookie?: string } = {}) => {
      const { cookie, ...rest } = init;
      const headers = new Headers(rest.headers);
      headers.set('host', 'gjennomlesing.test');
      if (cookie) headers.set('cookie', `${SESSION_COOKIE}=${cookie}`);
      return Promise.resolve(app.request(`${ORIGIN}${pathname}`, { ...rest, headers }));
    };
    const link = async (name: string, role: 'reviewer' | 'editor') => {
      const made = await store.createLink({ name, role, expiresAt: new Date('2027-01-10T00:00:00.000Z') });
      return { id: made.id, cookie: await signShareToken(made, secret) };
    };
    return { store, request, link };
  }

  test('the language is the front page’s `lang`, and bokmål without one the site writes', () => {
    expect(previewLanguage(distIn('nn'))).toBe('nn');
    expect(previewLanguage(distIn('en'))).toBe('en');
    expect(previewLanguage(distIn('de'))).toBe('nb');
    expect(previewLanguage('/finnes/ikke')).toBe('nb');
  });

  test('nynorsk: a refusal page and its JSON, the thread and the editor’s «Merk som løyst»', async () => {
    const { request, link } = await serve('nn');
    const refused = await request(page);
    expect(refused.status).toBe(401);
    const html = await refused.text();
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('<h1>Du treng ei lenkje for å lese</h1>');
    expect(await (await request('/api/kommentarer')).json()).toEqual({
      error: 'Dette er ei førehandsvising som berre er open for dei som har fått ei lenkje til gjennomlesing.',
      hint: 'Opne lenkja du fekk frå redaksjonen. Har du ikkje fått ei, kan du be redaksjonen om det.',
    });
    const reviewer = await link('KS sekretariatet', 'reviewer');
    await request('/api/kommentarer', { ...json({ document: 'T-1', edition: 'utkast', text: 'Kva med SFO?' }), cookie: reviewer.cookie });
    const thread = await (await request(page, { cookie: reviewer.cookie })).text();
    expect(thread).toContain('>Kommentarar til teksten over (1)</h2>');
    expect(thread).toContain('Lenkja di gjeld til 10. januar 2027 kl. 01.00 (norsk tid).');
    expect(thread).toContain('<button type="submit" class="ds-button">Send kommentar</button>');
    expect(thread).not.toContain('Kommentarer til');
    const { number } = (await (await request('/api/kommentarer?limit=1', { cookie: reviewer.cookie })).json()).items[0];
    const notEditor = await request(`/api/kommentarer/${number}/utfall`, { ...json({ disposition: 'tatt-til-folge' }), cookie: reviewer.cookie });
    expect([notEditor.status, (await notEditor.json()).error]).toEqual([403, 'Berre redaksjonen kan merkje kommentarar som løyste.']);
    const mine = await (await request('/_review/mine', { cookie: reviewer.cookie })).text();
    expect(mine).toContain('<h1>Kommentarane mine</h1>');
    expect(mine).toContain('T-1 (utkastet)');
    const overview = await (await request('/_review/oversikt', { cookie: reviewer.cookie })).text();
    expect(overview).toContain('<th scope="col">Opne trådar</th>');
    const editor = await link('Redaksjonen', 'editor');
    const editorPage = await (await request(page, { cookie: editor.cookie })).text();
    expect(editorPage).toContain('<summary>Merk som løyst</summary>');
    expect(editorPage).toContain('>Delvis teken til følgje</label>');
  });

  test('English: a refusal page', async () => {
    const { request } = await serve('en');
    const html = await (await request(page)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>You need a link to read this – review</title>');
  });

  // No bokmål in a nynorsk or English preview: the page script's words, the rounds overview, and the refusals of a
  // closed round, a passed deadline, a bad comment and a bad name, which the store and the schema give as codes.
  test.each([
    {
      lang: 'nn',
      words: { commentFrom: 'Kommentar frå {name}', anchors: { 'in-place': 'på plass', moved: 'flytta', lost: 'mista staden' } },
      overview: ['<html lang="nn">', '<h1>Kommentarrundane</h1>', '<option value="" selected>Alle rundar</option>', '<th scope="col">Teke til følgje</th>'],
      facts: '<p>intern gjennomlesing om utkast, frist 20. desember 2026 kl. 16.00 (norsk tid), open.</p>',
      deadline: 'Fristen for kommentarrunden «Runde 1» gjekk ut 20. desember 2026 kl. 16.00 (norsk tid), og nye kommentarar og svar vert ikkje tekne imot.',
      closed: 'Kommentarrunden «Runde 1» er avslutta, og nye kommentarar og svar vert ikkje tekne imot.',
      empty: 'Kommentaren er tom.',
      name: 'Namnet kan ha høgst 100 teikn, og ingen kontrollteikn.',
      editorsOnly: 'Berre for redaksjonen',
    },
    {
      lang: 'en',
      words: { commentFrom: 'Comment from {name}', anchors: { 'in-place': 'in place', moved: 'moved', lost: 'lost its place' } },
      overview: ['<html lang="en">', '<h1>Review rounds</h1>', '<option value="" selected>All rounds</option>', '<th scope="col">Taken into account</th>'],
      facts: '<p>internal review of utkast, deadline 20 December 2026 at 16:00 (Norwegian time), open.</p>',
      deadline: 'The deadline of the review round «Runde 1» passed 20 December 2026 at 16:00 (Norwegian time), and new comments and replies are not accepted.',
      closed: 'The review round «Runde 1» is closed, and new comments and replies are not accepted.',
      empty: 'The comment is empty.',
      name: 'The name can have at most 100 characters, and no control characters.',
      editorsOnly: 'For the editors only',
    },
  ])('$lang: the page script’s words, the rounds overview and the refusals', async (expected) => {
    let clock = new Date('2026-12-10T10:00:00.000Z');
    const { store, request, link } = await serve(expected.lang, undefined, () => clock);
    const reviewer = await link('KS sekretariatet', 'reviewer');
    const editor = await link('Redaksjonen', 'editor');
    const html = await (await request(page, { cookie: reviewer.cookie })).text();
    const words = JSON.parse(/<script type="application\/json" id="review-words">(.*?)<\/script>/.exec(html)![1]!);
    expect(words).toMatchObject(expected.words);
    expect(html).not.toContain('Kommentar fra');

    await store.createRound({ name: 'Runde 1', edition: 'utkast', kind: 'intern', deadline: new Date('2026-12-20T15:00:00.000Z') });
    const overview = await (await request('/_review/runder', { cookie: editor.cookie })).text();
    for (const part of [...expected.overview, expected.facts]) expect(overview).toContain(part);
    for (const bokmal of ['Kommentarrundene', 'Alle runder', 'Tatt til følge', 'frist 2026']) expect(overview).not.toContain(bokmal);
    const notEditor = await request('/_review/runder', { cookie: reviewer.cookie });
    expect(notEditor.status).toBe(403);
    expect(await notEditor.text()).toContain(`<h1>${expected.editorsOnly}</h1>`);

    const post = async (body: object) => {
      const response = await request('/api/kommentarer', { ...json({ document: 'T-1', edition: 'utkast', text: 'Hei', ...body }), cookie: reviewer.cookie });
      return (await response.json()).error;
    };
    expect(await post({ text: '' })).toBe(expected.empty);
    expect(await post({ person: { name: 'x'.repeat(101) } })).toBe(expected.name);
    clock = new Date('2026-12-21T10:00:00.000Z');
    expect(await post({})).toBe(expected.deadline);
    await store.closeRound('Runde 1');
    expect(await post({})).toBe(expected.closed);
  });

  test('the mail that tells a reviewer of a resolved thread says what became of it, in the preview’s language', async () => {
    const smtp = await startTestSmtp();
    const mailer = createMailer({ url: smtp.url, from: 'Strategi <strategi@example.no>' });
    let notifications: Notifications | undefined;
    try {
      const { store, request, link } = await serve('nn', (store) => {
        notifications = new Notifications({ store, mailer, editors: [], intervalMs: 0, publicUrl: ORIGIN, secret, lang: 'nn' });
        return notifications;
      });
      const reviewer = await link('KS sekretariatet', 'reviewer');
      const editor = await link('Redaksjonen', 'editor');
      const posted = await request('/api/kommentarer', {
        ...json({ document: 'T-1', edition: 'utkast', text: 'Kva med SFO?', person: { name: 'Kari', email: 'kari@example.no' } }),
        cookie: reviewer.cookie,
      });
      const { number } = await posted.json();
      const resolved = await request(`/api/kommentarer/${number}/utfall`, {
        ...json({ disposition: 'delvis-tatt-til-folge', reason: 'SFO kjem i neste versjon.' }),
        cookie: editor.cookie,
      });
      expect(resolved.status).toBe(200);
      expect((await resolved.json()).disposition).toMatchObject({ value: 'delvis-tatt-til-folge', label: 'delvis teken til følgje' });
      expect(await notifications!.deliver()).toBe(1);
      const [mail] = smtp.received;
      expect(mail?.to).toEqual(['kari@example.no']);
      expect(mail?.parsed.subject).toBe('Nytt i trådane dine i gjennomlesinga');
      expect(mail?.parsed.text).toContain('Redaksjonen merkte tråden din om T-1 som løyst: delvis teken til følgje\n> Kva med SFO?\nLes i samanhengen:');
      expect(mail?.parsed.text).toContain('Du får denne e-posten fordi du oppgav adressa då du kommenterte.');
      expect(await store.dispositions([number])).toHaveProperty('size', 1);
    } finally {
      await notifications?.stop();
      mailer.close();
      await smtp.close();
    }
  });
});
