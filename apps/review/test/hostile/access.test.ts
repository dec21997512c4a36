/**
 * An attacker against the review server's front door: foreign and rebinding hosts, other origins, forged CSRF,
 * forged, unsigned, expired, revoked and editor-audience tokens, and a token flood behind a shared address.
 */
import { createHmac } from 'node:crypto';
import { csrfToken } from '@strategi/hosting';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { json, ORIGIN, openApp, type TestApp } from '../helpers.ts';

const comment = { document: 'T-1', edition: 'utkast', text: 'Hei' };
const form = (fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
});

describe('hostile requests at the door', () => {
  let app: TestApp;
  let reader: { id: string; token: string; cookie: string };
  beforeEach(async () => {
    app = await openApp('sqlite');
    reader = await app.link();
  });
  afterEach(() => app.close());

  test.each(['evil.example', 'gjennomlesing.test.evil.example', 'gjennomlesing.test:8080', '127.0.0.1:4322', 'localhost'])(
    'a request for host %s is refused with 421 before anything, even with a valid session',
    async (host) => {
      for (const path of ['/', '/api/kommentarer', `/_review/tilgang?token=${reader.token}`, '/_review/kommentarer.css']) {
        const response = await app.request(path, { cookie: reader.cookie, headers: { host } });
        expect(response.status, path).toBe(421);
        expect(await response.text()).toBe('Denne serveren svarer ikke på denne adressen.\nBruk adressen du fikk fra redaksjonen.\n');
      }
    },
  );

  test('a DNS-rebinding page (its own Host, a matching Origin) cannot post', async () => {
    const response = await app.request('/api/kommentarer', {
      ...json(comment, { host: 'rebind.evil.example', origin: 'http://rebind.evil.example', 'sec-fetch-site': 'same-origin' }),
      cookie: reader.cookie,
    });
    expect(response.status).toBe(421);
    expect(await app.store.listComments()).toEqual([]);
  });

  test.each([
    { origin: 'https://evil.example' },
    { origin: 'null' },
    { origin: 'https://gjennomlesing.test' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
  ] as Record<string, string>[])('a cross-origin POST is refused: %j', async (headers) => {
    const response = await app.request('/api/kommentarer', { ...json(comment, headers), cookie: reader.cookie });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'Skjemaet kom ikke fra denne forhåndsvisningen, eller siden var for gammel.',
      hint: 'Last inn siden på nytt og send kommentaren derfra.',
    });
    expect(await app.store.listComments()).toEqual([]);
  });

  test('a same-origin POST from the allowed origin is taken', async () => {
    expect(
      (await app.request('/api/kommentarer', { ...json(comment, { origin: ORIGIN, 'sec-fetch-site': 'same-origin' }), cookie: reader.cookie })).status,
    ).toBe(201);
  });

  test('a form with a missing, forged, someone else’s or another server’s CSRF token stores nothing', async () => {
    const other = await app.link('Udir');
    const fields = { dokument: 'T-1', utgave: 'utkast', tekst: 'x', tilbake: '/' };
    for (const csrf of [undefined, 'forfalsket', csrfToken(app.secret, 'review', other.id), csrfToken(app.secret, 'editor', reader.id)]) {
      const response = await app.request('/_review/kommentarer', { ...form(csrf === undefined ? fields : { ...fields, _csrf: csrf }), cookie: reader.cookie });
      expect(response.status, String(csrf)).toBe(403);
    }
    expect(await app.store.listComments()).toEqual([]);
  });
});

describe('hostile tokens', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openApp('sqlite');
  });
  afterEach(() => app.close());

  const signIn = (token: string, address = '203.0.113.5') => app.request(`/_review/tilgang?token=${encodeURIComponent(token)}`, { address });

  test('forged, unsigned (alg none), expired and revoked tokens are refused', async () => {
    const { id, token } = await app.link();
    const [header, payload] = token.split('.');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    // The same claims signed with another key.
    const otherKey = `${header}.${payload}.${createHmac('sha256', 'en annen nøkkel som er lang nok til hs256').update(`${header}.${payload}`).digest('base64url')}`;
    for (const forged of [none, `${header}.${payload}.`, otherKey, `${token}x`]) {
      const response = await signIn(forged);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('<h1>Lenken virker ikke</h1>');
    }
    const expired = await app.link('Gammel', 'reviewer', new Date(Date.now() - 1000));
    expect(await (await signIn(expired.token)).text()).toContain('<h1>Lenken er utløpt</h1>');
    await app.store.revokeLink(id);
    expect(await (await signIn(token)).text()).toContain('<h1>Lenken er trukket tilbake</h1>');
    expect((await app.request('/', { cookie: token })).status).toBe(403);
  });

  test('an editor-audience link, even with the editor role, does not open the review server', async () => {
    const editorLink = await app.link('Skribenten', 'editor', undefined, 'editor');
    const response = await signIn(editorLink.token);
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect((await app.request('/api/kommentarer', { cookie: editorLink.cookie })).status).toBe(403);
    expect((await app.request('/api/kommentarer', { ...json(comment), cookie: editorLink.cookie })).status).toBe(403);
  });

  test('after ten bad tokens from an office address, a colleague with a valid link still gets in; the flood gets 429', async () => {
    for (let i = 0; i < 10; i++) expect((await signIn(`gjett-${i}`, '198.51.100.20')).status).toBe(403);
    const flood = await signIn('gjett-11', '198.51.100.20');
    expect(flood.status).toBe(429);
    expect(flood.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(await flood.text()).toContain('Det har kommet for mange ugyldige lenker fra denne adressen.');
    const colleague = await app.link('Kollega');
    expect((await signIn(colleague.token, '198.51.100.20')).status).toBe(303);
    expect((await app.request('/', { cookie: colleague.cookie, address: '198.51.100.20' })).status).toBe(200);
  });
});
