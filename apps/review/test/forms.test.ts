import { csrfToken } from '@strategi/hosting';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openApp, type TestApp } from './helpers.ts';

const form = (fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
});

describe('the forms without JavaScript', () => {
  let app: TestApp;
  let reader: { id: string; cookie: string };
  let fields: Record<string, string>;
  beforeEach(async () => {
    app = await openApp('sqlite');
    reader = await app.link('KS <script>alert(1)</script>');
    fields = { _csrf: csrfToken(app.secret, 'review', reader.id), dokument: 'T-1', utgave: 'utkast', tilbake: '/versjoner/utkast/tiltak/T-1/' };
  });
  afterEach(() => app.close());

  test('a comment posted from a section’s form is on the page after the redirect, escaped', async () => {
    const response = await app.request('/_review/kommentarer', {
      ...form({ ...fields, sitat: 'kompetanse i barnehagen', tekst: '<img src=x onerror=alert(1)> Hva med SFO?' }),
      cookie: reader.cookie,
    });
    expect(response.status).toBe(303);
    const [comment] = await app.store.listComments();
    expect(response.headers.get('location')).toBe(`/versjoner/utkast/tiltak/T-1/#kommentar-${comment!.id}`);
    expect(comment!.quote).toEqual({ exact: 'kompetanse i barnehagen', prefix: '', suffix: '' });
    const html = await (await app.request('/versjoner/utkast/tiltak/T-1/', { cookie: reader.cookie })).text();
    expect(html).toContain('<h2 class="review-heading" id="kommentarer-T-1-tittel">Kommentarer til teksten over (1)</h2>');
    expect(html).toContain('<blockquote class="review-quote">«kompetanse i barnehagen»</blockquote>');
    expect(html).toContain(`<div class="review-text" id="kommentar-${comment!.id}-tekst"><p>&lt;img src=x onerror=alert(1)&gt; Hva med SFO?</p></div>`);
    expect(html).toContain('<p class="review-meta">KS &lt;script&gt;alert(1)&lt;/script&gt;, <time datetime=');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
  });

  test('a reply, an edit, a delete and (for editors) resolve work as forms', async () => {
    await app.request('/_review/kommentarer', { ...form({ ...fields, tekst: 'Første' }), cookie: reader.cookie });
    const [first] = await app.store.listComments();
    await app.request('/_review/kommentarer', { ...form({ ...fields, tekst: 'Svar', svar_pa: String(first!.id) }), cookie: reader.cookie });
    await app.request(`/_review/kommentarer/${first!.id}`, { ...form({ ...fields, handling: 'endre', tekst: 'Første, endret' }), cookie: reader.cookie });
    expect((await app.store.listComments()).map((c) => [c.text, c.parentId])).toEqual([
      ['Første, endret', null],
      ['Svar', first!.id],
    ]);
    const editor = await app.link('Redaksjonen', 'editor');
    const resolve = await app.request(`/_review/kommentarer/${first!.id}`, {
      ...form({ ...fields, _csrf: csrfToken(app.secret, 'review', editor.id), handling: 'los', utfall: 'tatt-til-folge' }),
      cookie: editor.cookie,
    });
    expect(resolve.status).toBe(303);
    expect((await app.store.getComment(first!.id))?.resolvedBy).toBe('Redaksjonen');
    await app.request(`/_review/kommentarer/${first!.id}`, { ...form({ ...fields, handling: 'slett' }), cookie: reader.cookie });
    expect((await app.store.listComments()).map((c) => c.text)).toEqual(['Svar']);
  });

  test('a form without the reader’s token, or from another site, is refused (CSRF)', async () => {
    for (const init of [form({ ...fields, _csrf: 'feil', tekst: 'x' }), form({ ...fields, tekst: 'x' }, { origin: 'https://angriper.example' })]) {
      const response = await app.request('/_review/kommentarer', { ...init, cookie: reader.cookie });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('<h1>Skjemaet kunne ikke sendes</h1>');
    }
    const someoneElses = await app.link('Udir');
    const response = await app.request('/_review/kommentarer', { ...form({ ...fields, tekst: 'x' }), cookie: someoneElses.cookie });
    expect(response.status).toBe(403);
    expect(await app.store.listComments()).toEqual([]);
  });

  test('an empty comment gives a Norwegian page with the way back, and is not stored', async () => {
    const response = await app.request('/_review/kommentarer', { ...form({ ...fields, tekst: '   ' }), cookie: reader.cookie });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<h1>Kommentaren ble ikke lagret</h1>');
    expect(html).toContain('<p>Kommentaren er tom.</p>');
    expect(html).toContain('<a href="/versjoner/utkast/tiltak/T-1/">Tilbake til siden</a>');
  });

  test('the way back is a path on this server only: another is refused before the comment is stored', async () => {
    const response = await app.request('/_review/kommentarer', {
      ...form({ ...fields, tilbake: '//angriper.example/x', tekst: 'Hei' }),
      cookie: reader.cookie,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<p>Adressen å gå tilbake til, er ikke en side på denne serveren.</p>');
    expect(await app.store.listComments()).toEqual([]);
  });
});
