/**
 * An attacker against the people behind a link: «Mine kommentarer» and the overview without a link, a name that breaks the
 * database or the page, a cross-site post that would name someone, and a person cookie carried to another link.
 */
import { csrfToken } from '@strategi/hosting';
import { databaseKinds } from '@strategi/review/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { json, ORIGIN, openApp, type TestApp } from '../helpers.ts';

describe.each(databaseKinds)('hostile naming on %s', (kind) => {
  let app: TestApp;
  let reader: { id: string; cookie: string };
  beforeEach(async () => {
    app = await openApp(kind);
    reader = await app.link('KS');
  });
  afterEach(() => app.close());

  const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request('/_review/kommentarer', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ dokument: 'T-1', utgave: 'utkast', tekst: 'Hei', tilbake: '/', ...fields }).toString(),
      cookie: reader.cookie,
    });

  test.each(['/_review/mine', '/_review/oversikt', '/_review/antall'])(
    '%s is the same 401 as every page without a link, and 403 with a revoked one',
    async (pathname) => {
      expect((await app.request(pathname)).status).toBe(401);
      await app.store.revokeLink(reader.id);
      expect((await app.request(pathname, { cookie: reader.cookie })).status).toBe(403);
    },
  );

  test('a form that would name a person without the CSRF token, or from another site, names nobody and sets no cookie', async () => {
    for (const response of [
      await form({ navn: 'Angriper', _csrf: 'feil' }),
      await form({ navn: 'Angriper', _csrf: csrfToken(app.secret, 'review', reader.id) }, { origin: 'https://angriper.example' }),
    ]) {
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    const api = await app.request('/api/kommentarer', {
      ...json({ document: 'T-1', edition: 'utkast', text: 'x', person: { name: 'Angriper' } }, { origin: 'https://angriper.example' }),
      cookie: reader.cookie,
    });
    expect(api.status).toBe(403);
    expect(await app.store.listComments()).toEqual([]);
  });

  test('a NUL in a name is a Norwegian 400; a script in a name stays text on the thread and on «Mine kommentarer»', async () => {
    const nul = await app.request('/api/kommentarer', {
      ...json({ document: 'T-1', edition: 'utkast', text: 'x', person: { name: 'Kari\u0000' } }),
      cookie: reader.cookie,
    });
    expect([nul.status, (await nul.json()).error]).toEqual([400, 'Navnet kan ha høyst 100 tegn, og ingen kontrolltegn.']);
    const named = await form({ navn: '<img src=x onerror=alert(1)>', _csrf: csrfToken(app.secret, 'review', reader.id) }, { origin: ORIGIN });
    expect(named.status).toBe(303);
    const cookie = `${reader.cookie}; ${/strategi_person=[^;]+/.exec(named.headers.get('set-cookie') ?? '')![0]}`;
    for (const path of ['/versjoner/utkast/tiltak/T-1/', '/_review/mine']) {
      const html = await (await app.request(path, { cookie })).text();
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; (KS)');
      expect(html).not.toContain('<img src=x');
    }
  });
});
