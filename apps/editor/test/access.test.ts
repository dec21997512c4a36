/**
 * Hosted, the editor is behind the review tools' share links and sessions: no link, no page; a reviewer's link may
 * read but not save; an editor's link may save; a form from another site or without its token is refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FailureLimiter } from '@strategi/hosting';
import { signShareToken } from '@strategi/review';
import { describe, expect, test } from 'vitest';
import { editorSettings } from '../src/config.ts';
import { editorApp, localAndHostedEditor, setField, submitForm } from './helpers.ts';

const { repository, store, secret, hosted: app, signIn, postAs } = await localAndHostedEditor('links', { reset: false });

describe('settings', () => {
  test('local on 127.0.0.1:4323 by default; any other address is hosted', () => {
    expect(editorSettings({}, '/')).toMatchObject({ host: '127.0.0.1', port: 4323, hosted: false, branch: 'redigering' });
    expect(editorSettings({ HOST: '0.0.0.0', STRATEGI_EDITOR_URL: 'https://redigering.example.no' }, '/')).toMatchObject({
      hosted: true,
      publicUrl: 'https://redigering.example.no',
      secureCookie: true,
    });
    // Hosted on a public address, it must know that address: it answers for no other Host.
    expect(() => editorSettings({ HOST: '0.0.0.0' }, '/')).toThrow('Nettredigeringen på 0.0.0.0 trenger STRATEGI_EDITOR_URL');
    expect(editorSettings({ STRATEGI_EDITOR_HOSTED: '1' }, '/').hosted).toBe(true);
  });
});

describe('hosted access', () => {
  test('refused tokens are counted per address, which is then refused for a while (ten in 15 minutes by default)', async () => {
    const limited = await editorApp(repository, { hosted: { store, secret }, limiter: new FailureLimiter({ limit: 3 }) });
    for (let i = 0; i < 3; i++) expect((await limited.request('/tilgang?token=gjettet')).status).toBe(403);
    const blocked = await limited.request('/tilgang?token=gjettet');
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('For mange lenker som ikke virket');
  });

  test('without a link, every page is refused', async () => {
    for (const url of ['/', '/dokument/measure/T-1', '/endringer']) {
      const response = await app.request(url);
      expect(response.status).toBe(401);
      expect(await response.text()).toContain('Du trenger en lenke fra redaksjonen for å bruke nettredigeringen.');
    }
  });

  test('a share link as the review tools print it leads to the sign-in', async () => {
    const response = await app.request('/_review/tilgang?token=abc');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/tilgang?token=abc');
  });

  test('a forged or revoked link gives no session', async () => {
    expect((await app.request('/tilgang?token=feil')).status).toBe(403);
    const link = await store.createLink({ name: 'Tidligere', role: 'editor', audience: 'editor', expiresAt: new Date(Date.now() + 86_400_000) });
    const token = await signShareToken(link, secret);
    await store.revokeLink(link.id);
    expect((await app.request(`/tilgang?token=${token}`)).status).toBe(403);
  });

  test('a reviewer sees the forms read-only and cannot save', async () => {
    const cookie = await signIn('reviewer', { name: 'Leser' });
    const page = await (await app.request('/dokument/measure/T-1', { headers: { Cookie: cookie } })).text();
    expect(page).toContain('<fieldset class="ds-fieldset" id="felt-goals"');
    expect(page).toMatch(/id="felt-title"[^>]* readonly>/);
    expect(page).not.toMatch(/value="lagre"/);
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
    const before = readFileSync(path.join(repository.content, 'tiltak/T-1.md'));
    const response = await postAs(cookie, '/dokument/measure/T-1', new URLSearchParams({ csrf, 'f:title': 'Endret' }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Du har tilgang som leser og kan ikke lagre.');
    expect(readFileSync(path.join(repository.content, 'tiltak/T-1.md')).equals(before)).toBe(true);
  });

  test('an editor saves; a form without the token, or from another site, is refused', async () => {
    const cookie = await signIn('editor', { name: 'Redaktør' });
    const { action, body } = submitForm(await (await app.request('/dokument/measure/T-2', { headers: { Cookie: cookie } })).text());
    setField(body, 'f:title', 'Endret av redaktøren');
    expect((await postAs(cookie, action, body, { Origin: 'https://angriper.example' })).status).toBe(403);
    const withoutToken = new URLSearchParams(body);
    withoutToken.delete('csrf');
    expect((await postAs(cookie, action, withoutToken)).status).toBe(403);
    expect(readFileSync(path.join(repository.content, 'tiltak/T-2.md'), 'utf8')).not.toContain('Endret av redaktøren');
    const saved = await postAs(cookie, action, body);
    expect(await saved.text()).toContain('Lagret.');
    expect(readFileSync(path.join(repository.content, 'tiltak/T-2.md'), 'utf8')).toContain('title: Endret av redaktøren');
  });
});
