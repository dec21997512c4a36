/**
 * The editor on the shared hosting layer: it answers only for its own origin (DNS rebinding sends a matching Host
 * and Origin of its own), refuses forms from elsewhere or without their token, lets only editor links with the
 * editor role write, refuses NUL and oversize fields with 400 or 413, and redirects only to its own paths.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { localAndHostedEditor, post, setField, submitForm } from '../helpers.ts';

const { repository, local, hosted, signInResponse } = await localAndHostedEditor('hostile', { reset: false });

const file = (relative: string) => readFileSync(path.join(repository.content, relative), 'utf8');
const form = async (url = '/dokument/measure/T-2', cookie?: string) =>
  submitForm(await (await local.request(url, cookie ? { headers: { Cookie: cookie } } : {})).text());

describe('Host and origin', () => {
  test.each(['evil.example', 'evil.example:4323', '127.0.0.1:80', '127.0.0.1.nip.io:4323', 'localhost'])(
    'Host %s is refused with 421 before any route',
    async (host) => {
      const response = await local.request('/', { headers: { Host: host } });
      expect(response.status).toBe(421);
      expect(await response.text()).not.toContain('T-2');
    },
  );

  test('a DNS-rebinding page (its own Host and a matching Origin) cannot save', async () => {
    const before = file('tiltak/T-2.md');
    const { body } = await form();
    setField(body, 'f:title', 'Fra angriperen');
    const response = await local.request('http://evil.example:4323/dokument/measure/T-2', {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Host: 'evil.example:4323', Origin: 'http://evil.example:4323' },
    });
    expect(response.status).toBe(421);
    expect(file('tiltak/T-2.md')).toBe(before);
  });

  test('each loopback name with the port is answered', async () => {
    for (const host of ['127.0.0.1:4323', 'localhost:4323', '[::1]:4323'])
      expect((await local.request(`http://${host}/`, { headers: { Host: host } })).status).toBe(200);
  });

  test.each(['http://evil.example', 'null', 'http://localhost:9999'])('a form posted from Origin %s is refused', async (origin) => {
    const before = file('tiltak/T-2.md');
    const { body } = await form();
    setField(body, 'f:title', 'Fra en annen side');
    const response = await local.request('/dokument/measure/T-2', {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    });
    expect(response.status).toBe(403);
    expect(file('tiltak/T-2.md')).toBe(before);
  });

  test('a form without its token is refused', async () => {
    const { body } = await form();
    body.delete('csrf');
    expect((await post(local, '/dokument/measure/T-2', body)).status).toBe(403);
  });
});

describe('share links in the hosted editor', () => {
  const signIn = async (role: 'editor' | 'reviewer', audience: 'editor' | 'review') => {
    const response = await signInResponse(role, { audience });
    return { status: response.status, cookie: /strategi_redigering=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0] };
  };

  test('a review-server link, even with the editor role (strategi preview share --editor), does not open the editor', async () => {
    const { status, cookie } = await signIn('editor', 'review');
    expect(status).toBe(403);
    expect(cookie).toBeUndefined();
  });

  test('an editor link with the reviewer role reads, but cannot save or release', async () => {
    const { status, cookie } = await signIn('reviewer', 'editor');
    expect(status).toBe(303);
    const page = await (await hosted.request('/dokument/measure/T-2', { headers: { Cookie: cookie! } })).text();
    const { body } = submitForm(page);
    setField(body, 'f:title', 'Leseren');
    const saved = await hosted.request('/dokument/measure/T-2', {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie!, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(saved.status).toBe(403);
    const release = new URLSearchParams({ csrf: body.get('csrf')!, id: 'leser', status: 'utkast', label: 'X', date: '2026-01-01' });
    const released = await hosted.request('/frigi', {
      method: 'POST',
      body: release.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie!, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(released.status).toBe(403);
  });

  test('an editor link with the editor role saves', async () => {
    const { cookie } = await signIn('editor', 'editor');
    const { body } = submitForm(await (await hosted.request('/dokument/measure/T-3', { headers: { Cookie: cookie! } })).text());
    setField(body, 'f:title', 'Redaktørens tittel');
    const response = await hosted.request('/dokument/measure/T-3', {
      method: 'POST',
      body: body.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie!, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(response.status).toBe(200);
    expect(file('tiltak/T-3.md')).toContain('title: Redaktørens tittel\n');
  });
});

describe('fields and redirects', () => {
  test.each([
    ['a NUL in a title', 'Tittel\u0000med NUL', 400],
    ['a 200,000-character title', 'x'.repeat(200_000), 413],
  ])('%s is refused with %i, never 500, and nothing is written', async (_, title, status) => {
    const before = file('tiltak/T-2.md');
    const { body } = await form();
    setField(body, 'f:title', title);
    const response = await post(local, '/dokument/measure/T-2', body);
    expect(response.status).toBe(status);
    expect(file('tiltak/T-2.md')).toBe(before);
  });

  test.each(['/%5Cevil.example', '//evil.example', '/\\evil.example', 'https://evil.example', '/%09/evil.example'])(
    '/sprak?tilbake=%s goes back to / only',
    async (back) => {
      const response = await local.request(`/sprak?lang=nn&tilbake=${back}`);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/');
    },
  );

  test('a path on the editor is where /sprak goes back to', async () => {
    const response = await local.request('/sprak?lang=nn&tilbake=/dokument/measure/T-2');
    expect(response.headers.get('location')).toBe('/dokument/measure/T-2');
  });
});
