import { csrfToken } from '@strategi/hosting';
import { databaseKinds } from '@strategi/review/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { json, openApp, type TestApp } from './helpers.ts';

const page = '/versjoner/utkast/tiltak/T-1/';

/** The person cookie a response set, as `name=value`. */
const personCookie = (response: Response) => /strategi_person=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];

describe.each(databaseKinds)('the people behind a group link on %s', (kind) => {
  let app: TestApp;
  let group: { id: string; cookie: string };
  beforeEach(async () => {
    app = await openApp(kind);
    group = await app.link('KS sekretariatet');
  });
  afterEach(() => app.close());

  const formPost = (fields: Record<string, string>, cookie: string) =>
    app.request('/_review/kommentarer', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfToken(app.secret, 'review', group.id), dokument: 'T-1', utgave: 'utkast', tilbake: page, ...fields }).toString(),
      cookie,
    });

  test('each person names themselves once; their comments read «Navn (lenkenavn)», their e-mail is stored and shown to nobody', async () => {
    const before = await (await app.request(page, { cookie: group.cookie })).text();
    expect(before).toContain('<label for="kommentarer-T-1-navn">Navnet ditt (valgfritt)</label>');
    const kariPost = await formPost({ tekst: 'Fra Kari', navn: ' Kari Nordmann ', epost: 'kari@ks.example' }, group.cookie);
    expect(kariPost.status).toBe(303);
    const kari = `${group.cookie}; ${personCookie(kariPost)}`;
    const olaPost = await app.request('/api/kommentarer', {
      ...json({ document: 'T-1', edition: 'utkast', text: 'Fra Ola', person: { name: 'Ola' } }),
      cookie: group.cookie,
    });
    expect(olaPost.status).toBe(201);
    expect((await olaPost.json()).creator).toEqual({ type: 'Person', name: 'Ola (KS sekretariatet)' });
    const ola = `${group.cookie}; ${personCookie(olaPost)}`;

    const html = await (await app.request(page, { cookie: kari })).text();
    expect(html).toContain('Du kommenterer som <strong>Kari Nordmann (KS sekretariatet)</strong>.');
    expect(html).not.toContain('name="navn"');
    expect(html).toContain('<p class="review-meta">Kari Nordmann (KS sekretariatet), <time');
    expect(html).toContain('<p class="review-meta">Ola (KS sekretariatet), <time');
    const api = await (await app.request('/api/kommentarer', { cookie: ola })).text();
    for (const text of [html, api]) expect(text).not.toContain('kari@ks.example');
    expect(JSON.parse(api).items.map((item: { creator: { name: string }; own: boolean }) => [item.creator.name, item.own])).toEqual([
      ['Kari Nordmann (KS sekretariatet)', false],
      ['Ola (KS sekretariatet)', true],
    ]);

    // A reply's form asks too, until the reader is named.
    const [kariFirst] = await app.store.listComments();
    const unnamed = await (await app.request(page, { cookie: group.cookie })).text();
    expect(unnamed).toContain(`<label for="kommentar-${kariFirst!.id}-svar-navn">Navnet ditt (valgfritt)</label>`);
    expect(html).not.toContain(`kommentar-${kariFirst!.id}-svar-navn`);
    const reply = await formPost({ tekst: 'Svar fra Per', svar_pa: String(kariFirst!.id), navn: 'Per' }, group.cookie);
    expect(personCookie(reply)).toBeDefined();
    const perReply = (await app.store.listComments()).find((comment) => comment.text === 'Svar fra Per')!;
    expect((await app.store.commentPeople([perReply.id])).get(perReply.id)?.name).toBe('Per');
    await app.store.deleteComment(perReply.id);

    // A later comment keeps the name without asking; the same link does not make Ola the author of Kari's.
    await formPost({ tekst: 'Kari igjen', navn: 'Noen andre' }, kari);
    const [first, , third] = await app.store.listComments();
    expect((await app.store.commentPeople([third!.id])).get(third!.id)?.name).toBe('Kari Nordmann');
    const edit = await app.request(`/api/kommentarer/${first!.id}`, { ...json({ text: 'Olas endring' }), method: 'PATCH', cookie: ola });
    expect(edit.status).toBe(403);
    expect((await app.request(`/api/kommentarer/${first!.id}`, { method: 'DELETE', cookie: kari })).status).toBe(204);
  });

  test('a person cookie is taken only signed and only for its own link', async () => {
    const named = personCookie(await formPost({ tekst: 'Fra Kari', navn: 'Kari' }, group.cookie))!;
    const other = await app.link('Udir');
    const forged = named.replace(/\.[^.]+$/, '.AAAA');
    for (const cookie of [
      `${other.cookie}; ${named}`,
      `${group.cookie}; ${forged}`,
      `${group.cookie}; strategi_person=${named.split('=')[1]!.split('.')[0]}`,
    ]) {
      const html = await (await app.request(page, { cookie })).text();
      expect(html).not.toContain('Du kommenterer som <strong>Kari');
      expect(html).toContain('name="navn"');
    }
  });

  test('a name too long or an e-mail that is not one is a Norwegian 400, and nothing is stored', async () => {
    const badMail = await formPost({ tekst: 'x', navn: 'Kari', epost: 'kari på ks' }, group.cookie);
    expect(badMail.status).toBe(400);
    expect(await badMail.text()).toContain('<p>E-postadressen ser ikke riktig ut.</p>');
    const long = await app.request('/api/kommentarer', {
      ...json({ document: 'T-1', edition: 'utkast', text: 'x', person: { name: 'K'.repeat(101) } }),
      cookie: group.cookie,
    });
    expect([long.status, await long.json()]).toEqual([
      400,
      { error: 'Navnet kan ha høyst 100 tegn, og ingen kontrolltegn.', hint: 'Skriv navnet ditt slik andre kjenner deg.' },
    ]);
    expect(await app.store.listComments()).toEqual([]);
  });

  test('«Mine kommentarer» lists the person’s own comments across documents, newest first, linked to their place', async () => {
    const kari = `${group.cookie}; ${personCookie(await formPost({ tekst: 'Første fra Kari', sitat: 'kompetanse', navn: 'Kari' }, group.cookie))}`;
    await app.request('/api/kommentarer', {
      ...json({ document: 'M-9', edition: 'utkast', text: 'På et mål uten side', person: { name: 'Ola' } }),
      cookie: group.cookie,
    });
    await formPost({ tekst: 'Andre fra Kari' }, kari);
    await app.request('/api/kommentarer', { ...json({ document: 'M-2', edition: '2026-1', text: 'Kari på en versjon' }), cookie: kari });
    const [first, , second] = await app.store.listComments();
    const html = await (await app.request('/_review/mine', { cookie: kari })).text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<h1>Mine kommentarer</h1>');
    expect(html).toContain('som <strong>Kari (KS sekretariatet)</strong>');
    const headings = [...html.matchAll(/<h2 class="review-own-document">(.*?)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual([
      'M-2 (versjon 2026-1)',
      `<a href="${page}#kommentar-${second!.id}">T-1 (utkastet)</a>`,
      `<a href="${page}#kommentar-${first!.id}">T-1 (utkastet)</a>`,
    ]);
    expect(html).not.toContain('På et mål uten side');
    expect((await app.request('/_review/mine?side=0', { cookie: kari })).status).toBe(400);
  });

  test('«Kommentarer per dokument» counts open threads and all comments per document, linked to its page; the same as JSON', async () => {
    const post = (document: string, edition = 'utkast', replyTo?: number) =>
      app
        .request('/api/kommentarer', { ...json({ document, edition, text: 'x', ...(replyTo ? { replyTo } : {}) }), cookie: group.cookie })
        .then((r) => r.json());
    const first = await post('T-1');
    await post('T-1', 'utkast', first.number);
    await post('T-1');
    await post('M-2', '2026-1');
    const html = await (await app.request('/_review/oversikt', { cookie: group.cookie })).text();
    expect(html).toContain('<h1>Kommentarer per dokument</h1>');
    expect(html).toContain(`<tr><th scope="row"><a href="${page}">T-1</a></th><td>2</td><td>3</td></tr>`);
    expect(html).toContain('<h2 id="utgave-2026-1">Kommentarer til versjon 2026-1</h2>');
    expect(html).toContain('<tr><th scope="row">M-2</th><td>1</td><td>1</td></tr>');
    expect(await (await app.request('/_review/antall', { cookie: group.cookie })).json()).toEqual([
      { document: 'M-2', edition: '2026-1', comments: 1, open: 1 },
      { document: 'T-1', edition: 'utkast', comments: 3, open: 2 },
    ]);
  });
});
