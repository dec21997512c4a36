/**
 * An attacker against the unsubscribe route, the one changing route open without a share link: the host allow-list,
 * other origins, forged, altered and oversized tokens, a body too large, and no address said back.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { unsubscribeToken } from '../../src/notifications-token.ts';
import { openApp, type TestApp } from '../helpers.ts';

const ONE_CLICK: RequestInit = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' };
const path = (token: string) => `/_review/avmelding?token=${encodeURIComponent(token)}`;

describe('hostile requests at the unsubscribe link', () => {
  let app: TestApp;
  let token: string;
  beforeEach(async () => {
    app = await openApp('sqlite');
    token = unsubscribeToken(app.secret, 'kari@example.no');
  });
  afterEach(() => app.close());

  test('another host is refused with 421 before the token is looked at', async () => {
    for (const init of [{}, ONE_CLICK]) {
      const response = await app.request(path(token), { ...init, headers: { ...(init.headers as Record<string, string>), host: 'evil.example' } });
      expect(response.status).toBe(421);
    }
    expect(await app.store.isUnsubscribed('kari@example.no')).toBe(false);
  });

  test.each([{ origin: 'https://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[])(
    'a POST from another origin does not unsubscribe: %j',
    async (headers) => {
      const response = await app.request(path(token), { ...ONE_CLICK, headers: { ...(ONE_CLICK.headers as Record<string, string>), ...headers } });
      expect(response.status).toBe(403);
      expect(await app.store.isUnsubscribed('kari@example.no')).toBe(false);
    },
  );

  test.each([
    ['no token', '/_review/avmelding'],
    ['a token made with another key', path('a2FyaUBleGFtcGxlLm5v.3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')],
    ['another address under the signature of Kari’s', ''],
    ['a signature cut short', ''],
    ['a token of 2,000 characters', path(`${'a'.repeat(1000)}.${'b'.repeat(1000)}`)],
    ['three parts', ''],
  ])('%s is refused with 400 on GET and POST, and names no address', async (name, given) => {
    const [encoded, signature] = token.split('.');
    const target =
      given ||
      {
        'another address under the signature of Kari’s': path(`${Buffer.from('ola@example.no').toString('base64url')}.${signature}`),
        'a signature cut short': path(`${encoded}.${signature?.slice(0, 20)}`),
        'three parts': path(`${token}.${signature}`),
      }[name]!;
    for (const init of [{}, ONE_CLICK]) {
      const response = await app.request(target, init);
      expect(response.status, name).toBe(400);
      const page = await response.text();
      expect(page).toContain('Lenken for å melde seg av er ugyldig.');
      expect(page).not.toMatch(/@example\.no/);
    }
    expect(await app.store.isUnsubscribed('kari@example.no')).toBe(false);
    expect(await app.store.isUnsubscribed('ola@example.no')).toBe(false);
  });

  test('a body over 1 KB is refused with 413', async () => {
    const response = await app.request(path(token), { ...ONE_CLICK, body: `List-Unsubscribe=One-Click&x=${'a'.repeat(2000)}` });
    expect(response.status).toBe(413);
    expect(await app.store.isUnsubscribed('kari@example.no')).toBe(false);
  });

  test('the confirm page and the answer name no address, and a second POST changes nothing', async () => {
    const page = await (await app.request(path(token))).text();
    expect(page).not.toMatch(/kari|@example/i);
    for (let i = 0; i < 2; i++) {
      const response = await app.request(path(token), ONE_CLICK);
      expect(response.status).toBe(200);
      expect(await response.text()).not.toMatch(/kari|@example/i);
    }
    expect(await app.store.isUnsubscribed('kari@example.no')).toBe(true);
  });
});
