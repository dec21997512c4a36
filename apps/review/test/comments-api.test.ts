import { databaseKinds } from '@strategi/review/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { json, openApp, type TestApp } from './helpers.ts';

const quote = { type: 'TextQuoteSelector', exact: 'kompetanse i barnehagen', prefix: 'målet om ', suffix: '.' };
const position = { type: 'TextPositionSelector', start: 26, end: 49 };
const newComment = { document: 'T-1', edition: 'utkast', text: 'Gjelder dette også SFO?', target: { selector: [quote, position] } };

describe.each(databaseKinds)('the comments API on %s', (kind) => {
  let app: TestApp;
  let reviewer: { id: string; cookie: string };
  let other: { id: string; cookie: string };
  let editor: { id: string; cookie: string };
  beforeEach(async () => {
    app = await openApp(kind);
    reviewer = await app.link('KS sekretariatet');
    other = await app.link('Udir');
    editor = await app.link('Redaksjonen', 'editor');
  });
  afterEach(() => app.close());

  const post = (body: unknown, cookie: string) => app.request('/api/kommentarer', { ...json(body), cookie });
  const patch = (id: number, body: unknown, cookie: string) => app.request(`/api/kommentarer/${id}`, { ...json(body), method: 'PATCH', cookie });

  test('posts a comment anchored with W3C selectors, with the reviewer’s name and time, and lists it', async () => {
    const response = await post(newComment, reviewer.cookie);
    expect(response.status).toBe(201);
    const annotation = await response.json();
    expect(annotation).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `/api/kommentarer/${annotation.number}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      modified: annotation.created,
      creator: { type: 'Person', name: 'KS sekretariatet' },
      body: { type: 'TextualBody', value: 'Gjelder dette også SFO?', format: 'text/plain' },
      target: { source: 'urn:strategi:utkast:T-1', selector: [quote, { type: 'TextPositionSelector', start: 26, end: 49 }] },
      number: annotation.number,
      document: 'T-1',
      edition: 'utkast',
      replyTo: null,
      resolved: null,
      html: '<p>Gjelder dette også SFO?</p>',
      own: true,
    });
    const list = await (await app.request('/api/kommentarer?document=T-1&edition=utkast', { cookie: other.cookie })).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toEqual({ ...annotation, own: false });
    expect((await (await app.request('/api/kommentarer?document=T-2', { cookie: other.cookie })).json()).total).toBe(0);
  });

  test('threads replies one level deep', async () => {
    const first = await (await post(newComment, reviewer.cookie)).json();
    const reply = await (
      await post({ document: 'T-1', edition: 'utkast', text: 'Ja, **også** SFO.', format: 'markdown', replyTo: first.number }, other.cookie)
    ).json();
    expect([reply.motivation, reply.replyTo, reply.html]).toEqual(['replying', first.number, '<p>Ja, <strong>også</strong> SFO.</p>']);
    const nested = await (await post({ document: 'T-1', edition: 'utkast', text: 'Enig', replyTo: reply.number }, reviewer.cookie)).json();
    expect(nested.replyTo).toBe(first.number);
    const elsewhere = await post({ document: 'T-2', edition: 'utkast', text: 'Feil sted', replyTo: first.number }, reviewer.cookie);
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.json()).toEqual({
      error: `Kommentaren du svarer på (nummer ${first.number}), finnes ikke på denne siden.`,
      hint: 'Last inn siden på nytt.',
    });
  });

  test('the author may edit and delete a comment; others may not', async () => {
    const { number } = await (await post(newComment, reviewer.cookie)).json();
    const refused = await patch(number, { text: 'Kapret' }, other.cookie);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'Du kan bare endre dine egne kommentarer.' });
    const edited = await patch(number, { text: 'Gjelder dette også skolefritidsordningen?' }, reviewer.cookie);
    expect(edited.status).toBe(200);
    expect((await edited.json()).body.value).toBe('Gjelder dette også skolefritidsordningen?');
    const notDeleted = await app.request(`/api/kommentarer/${number}`, {
      method: 'DELETE',
      cookie: other.cookie,
      headers: { 'content-type': 'application/json' },
    });
    expect([notDeleted.status, await notDeleted.json()]).toEqual([403, { error: 'Du kan bare slette dine egne kommentarer.' }]);
    expect((await app.request(`/api/kommentarer/${number}`, { method: 'DELETE', cookie: reviewer.cookie })).status).toBe(204);
    const gone = await app.request(`/api/kommentarer/${number}`, { cookie: reviewer.cookie });
    expect([gone.status, await gone.json()]).toEqual([404, { error: `Fant ingen kommentar med nummer ${number}.` }]);
  });

  test('only editors mark a comment as resolved', async () => {
    const { number } = await (await post(newComment, reviewer.cookie)).json();
    const refused = await patch(number, { resolved: true }, reviewer.cookie);
    expect([refused.status, await refused.json()]).toEqual([403, { error: 'Bare redaksjonen kan merke kommentarer som løst.' }]);
    const resolved = await (await patch(number, { resolved: true }, editor.cookie)).json();
    expect(resolved.resolved).toEqual({ at: expect.any(String), by: 'Redaksjonen' });
    expect((await (await app.request('/api/kommentarer?open=true', { cookie: editor.cookie })).json()).total).toBe(0);
    expect((await (await patch(number, { resolved: false }, editor.cookie)).json()).resolved).toBeNull();
  });

  test('the same key stores a comment once', async () => {
    const first = await post({ ...newComment, key: 'a1' }, reviewer.cookie);
    const again = await post({ ...newComment, key: 'a1' }, reviewer.cookie);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect((await again.json()).number).toBe((await first.json()).number);
    expect((await app.store.listComments()).length).toBe(1);
  });

  test('refuses what is not a comment, with a Norwegian reason', async () => {
    const cases: [unknown, string][] = [
      [{ ...newComment, text: ' ' }, 'Kommentaren er tom.'],
      [{ ...newComment, text: 'x'.repeat(5001) }, 'Kommentaren er for lang: den kan ha høyst 5000 tegn.'],
      [{ ...newComment, document: '<script>' }, 'Feltet «document» er ugyldig.'],
      [{ ...newComment, author: 'Noen andre' }, 'Ukjent felt «author».'],
    ];
    for (const [body, error] of cases) {
      const response = await post(body, reviewer.cookie);
      expect([response.status, await response.json()]).toEqual([400, { error }]);
    }
    const notJson = await app.request('/api/kommentarer', { method: 'POST', cookie: reviewer.cookie, headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect([notJson.status, await notJson.json()]).toEqual([
      415,
      { error: 'Serveren tar bare imot JSON her.', hint: 'Send med Content-Type: application/json.' },
    ]);
    const broken = await app.request('/api/kommentarer', {
      method: 'POST',
      cookie: reviewer.cookie,
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect([broken.status, await broken.json()]).toEqual([400, { error: 'Forespørselen er ikke gyldig JSON.' }]);
  });

  test('refuses an oversized body before reading it', async () => {
    const response = await post({ ...newComment, text: 'x'.repeat(70 * 1024) }, reviewer.cookie);
    expect([response.status, await response.json()]).toEqual([
      413,
      { error: 'Det du sendte, var større enn serveren tar imot.', hint: 'Gjør kommentaren kortere og send den på nytt.' },
    ]);
    expect(await app.store.listComments()).toEqual([]);
  });

  test('refuses a request from another origin', async () => {
    const foreign: Record<string, string>[] = [{ origin: 'https://angriper.example' }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of foreign) {
      const response = await app.request('/api/kommentarer', { ...json(newComment, headers), cookie: reviewer.cookie });
      expect(response.status).toBe(403);
    }
    expect((await app.request('/api/kommentarer', { ...json(newComment, { origin: 'http://gjennomlesing.test' }), cookie: reviewer.cookie })).status).toBe(201);
  });
});
