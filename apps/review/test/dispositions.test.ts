/**
 * An editor's «Merk som løst» on the review page records what became of the comment — tatt til følge, delvis or
 * ikke (with a reason) — as a form and through the JSON API, with the store function the CLI uses; the reviewer
 * reads it on the thread. Hostile: a reviewer cannot, nor a form without its token, from another site or host.
 */
import { csrfToken } from '@strategi/hosting';
import { databaseKinds } from '@strategi/review/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { json, ORIGIN, openApp, type TestApp } from './helpers.ts';

const page = '/versjoner/utkast/tiltak/T-1/';

describe.each(databaseKinds)('dispositions from the review page on %s', (kind) => {
  let app: TestApp;
  let reviewer: { id: string; cookie: string };
  let editor: { id: string; cookie: string };
  let number: number;
  beforeEach(async () => {
    app = await openApp(kind);
    reviewer = await app.link('KS sekretariatet');
    editor = await app.link('Redaksjonen', 'editor');
    const created = await app.request('/api/kommentarer', { ...json({ document: 'T-1', edition: 'utkast', text: 'Hva med SFO?' }), cookie: reviewer.cookie });
    number = (await created.json()).number;
  });
  afterEach(() => app.close());

  const resolveForm = (link: { id: string; cookie: string }, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`/_review/kommentarer/${number}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ _csrf: csrfToken(app.secret, 'review', link.id), handling: 'los', tilbake: page, ...fields }).toString(),
      cookie: link.cookie,
    });
  const resolveApi = (link: { cookie: string }, body: unknown, headers: Record<string, string> = {}) =>
    app.request(`/api/kommentarer/${number}/utfall`, { ...json(body, headers), cookie: link.cookie });

  test('the editor sees «Merk som løst» with the three dispositions and a reason; the reviewer does not', async () => {
    const editorPage = await (await app.request(page, { cookie: editor.cookie })).text();
    expect(editorPage).toContain('<summary>Merk som løst</summary>');
    expect(editorPage).toContain('data-variant="secondary">Merk som løst</button>');
    expect(editorPage).toContain('<legend>Utfall</legend>');
    for (const value of ['tatt-til-folge', 'delvis-tatt-til-folge', 'ikke-tatt-til-folge'])
      expect(editorPage).toContain(`name="utfall" value="${value}" required`);
    expect(editorPage).toContain('name="begrunnelse"');
    expect(await (await app.request(page, { cookie: reviewer.cookie })).text()).not.toContain('Merk som løst');
  });

  test('a form records the disposition and its reason; the reviewer reads it on the thread and in the API', async () => {
    const response = await resolveForm(editor, { utfall: 'delvis-tatt-til-folge', begrunnelse: '  Vi tar inn SFO i neste versjon. ' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${page}#kommentar-${number}`);
    const disposition = (await app.store.dispositions([number])).get(number);
    expect([disposition?.disposition, disposition?.reason, disposition?.decidedBy]).toEqual([
      'delvis-tatt-til-folge',
      'Vi tar inn SFO i neste versjon.',
      'Redaksjonen',
    ]);
    const html = await (await app.request(page, { cookie: reviewer.cookie })).text();
    expect(html).toContain('<p class="review-disposition">Utfall: <strong>Delvis tatt til følge</strong>. Vi tar inn SFO i neste versjon.</p>');
    const annotation = await (await app.request(`/api/kommentarer/${number}`, { cookie: reviewer.cookie })).json();
    expect(annotation.disposition).toMatchObject({ value: 'delvis-tatt-til-folge', label: 'delvis tatt til følge', decidedBy: 'Redaksjonen' });
    // Closed, the editor may open it again, and the disposition goes with it.
    expect(await (await app.request(page, { cookie: editor.cookie })).text()).toContain('Åpne igjen');
  });

  test('«ikke tatt til følge» needs a reason: without one the form and the API are a 400 and nothing is recorded', async () => {
    const form = await resolveForm(editor, { utfall: 'ikke-tatt-til-folge', begrunnelse: '   ' });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain('En kommentar som ikke tas til følge, må ha en begrunnelse.');
    const api = await resolveApi(editor, { disposition: 'ikke-tatt-til-folge' });
    expect([api.status, (await api.json()).error]).toEqual([400, 'En kommentar som ikke tas til følge, må ha en begrunnelse.']);
    expect((await app.store.getComment(number))?.resolvedAt).toBeNull();
    const done = await resolveApi(editor, { disposition: 'ikke-tatt-til-folge', reason: 'Utenfor strategien.' });
    expect(done.status).toBe(200);
    expect((await done.json()).disposition).toMatchObject({ value: 'ikke-tatt-til-folge', reason: 'Utenfor strategien.' });
  });

  test('an unknown disposition, a reason that is no text or has a NUL, and a reply are refused', async () => {
    for (const body of [{}, { disposition: 'godtatt' }, { disposition: 'tatt-til-folge', reason: 5 }, { disposition: 'tatt-til-folge', reason: 'a\u0000' }]) {
      expect((await resolveApi(editor, body)).status).toBe(400);
    }
    expect((await resolveApi(editor, ['tatt-til-folge'])).status).toBe(400);
    const reply = await app.request('/api/kommentarer', {
      ...json({ document: 'T-1', edition: 'utkast', text: 'Enig', replyTo: number }),
      cookie: reviewer.cookie,
    });
    const replyNumber = (await reply.json()).number;
    const onReply = await app.request(`/api/kommentarer/${replyNumber}/utfall`, { ...json({ disposition: 'tatt-til-folge' }), cookie: editor.cookie });
    expect(onReply.status).toBe(400);
    expect((await app.request('/api/kommentarer/99999/utfall', { ...json({ disposition: 'tatt-til-folge' }), cookie: editor.cookie })).status).toBe(404);
    expect(await app.store.dispositions()).toEqual(new Map());
  });

  test('hostile: a reviewer, a form without the token, another site, another host and a form body to the API record nothing', async () => {
    const byReviewer = await resolveForm(reviewer, { utfall: 'tatt-til-folge' });
    expect(byReviewer.status).toBe(403);
    expect(await byReviewer.text()).toContain('Bare redaksjonen kan merke kommentarer som løst.');
    expect((await resolveApi(reviewer, { disposition: 'tatt-til-folge' })).status).toBe(403);
    // The editor's cookie, but the reviewer's token: a token is bound to its link.
    const wrongToken = await app.request(`/_review/kommentarer/${number}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfToken(app.secret, 'review', reviewer.id), handling: 'los', utfall: 'tatt-til-folge', tilbake: page }).toString(),
      cookie: editor.cookie,
    });
    expect(wrongToken.status).toBe(403);
    expect((await resolveForm(editor, { utfall: 'tatt-til-folge' }, { origin: 'https://angriper.example' })).status).toBe(403);
    expect((await resolveForm(editor, { utfall: 'tatt-til-folge' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await resolveApi(editor, { disposition: 'tatt-til-folge' }, { origin: 'https://angriper.example' })).status).toBe(403);
    expect((await resolveApi(editor, { disposition: 'tatt-til-folge' }, { host: 'angriper.example', origin: 'https://angriper.example' })).status).toBe(421);
    const asForm = await app.request(`/api/kommentarer/${number}/utfall`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: 'disposition=tatt-til-folge',
      cookie: editor.cookie,
    });
    expect(asForm.status).toBe(415);
    expect(await app.store.dispositions()).toEqual(new Map());
    expect((await app.store.getComment(number))?.resolvedAt).toBeNull();
  });
});
