import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { csrfToken, hostedOrigins, hostGuard, localOrigins, originGuard, sameOrigin, validCsrfToken } from '../src/index.ts';

const appFor = (allowed = localOrigins(4322)) => {
  const app = new Hono();
  app.use('*', hostGuard(allowed));
  app.use(
    '*',
    originGuard(allowed, (c, refusal) => c.text(refusal.message, refusal.status)),
  );
  app.all('*', (c) => c.text('ok'));
  return app;
};

describe('host allow-list', () => {
  it('answers the loopback names with the server port, and nothing else, before any route', async () => {
    const app = appFor();
    for (const host of ['127.0.0.1:4322', 'localhost:4322', '[::1]:4322']) {
      expect((await app.request(`http://${host}/`, { headers: { host } })).status).toBe(200);
    }
    for (const host of ['evil.example', 'evil.example:4322', '127.0.0.1:4323', '127.0.0.1', '0.0.0.0:4322', 'localhost.evil.example:4322']) {
      const response = await app.request(`http://${host}/`, { headers: { host } });
      expect(response.status, host).toBe(421);
      expect(await response.text()).toBe('Denne serveren svarer ikke på denne adressen.\nBruk adressen du fikk fra redaksjonen.\n');
    }
  });

  it('refuses a rebinding page whose Host and Origin agree with each other but not with the server', async () => {
    const app = appFor();
    const response = await app.request('http://rebind.evil.example:4322/api', {
      method: 'POST',
      headers: { host: 'rebind.evil.example:4322', origin: 'http://rebind.evil.example:4322', 'sec-fetch-site': 'same-origin' },
    });
    expect(response.status).toBe(421);
  });

  it('checks the Host header even when the request line names an allowed host', async () => {
    const app = appFor();
    expect((await app.request('http://127.0.0.1:4322/', { headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('hosted, answers only the public address', async () => {
    const app = appFor(hostedOrigins('https://gjennomlesing.example.no/'));
    expect((await app.request('http://gjennomlesing.example.no/', { headers: { host: 'gjennomlesing.example.no' } })).status).toBe(200);
    expect((await app.request('http://127.0.0.1:4322/', { headers: { host: '127.0.0.1:4322' } })).status).toBe(421);
  });
});

describe('same origin', () => {
  const allowed = hostedOrigins('https://gjennomlesing.example.no');
  const headers = (values: Record<string, string>) => new Headers(values);

  it('compares Origin with the allowed origin, not with Host', () => {
    expect(sameOrigin(allowed, headers({ origin: 'https://gjennomlesing.example.no' }))).toBe(true);
    expect(sameOrigin(allowed, headers({ origin: 'http://gjennomlesing.example.no' }))).toBe(false);
    expect(sameOrigin(allowed, headers({ origin: 'https://evil.example', host: 'evil.example' }))).toBe(false);
    expect(sameOrigin(allowed, headers({ origin: 'null' }))).toBe(false);
    expect(sameOrigin(allowed, headers({ 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(sameOrigin(allowed, headers({ 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(sameOrigin(allowed, headers({}))).toBe(true);
  });

  it('refuses a cross-origin POST with 403 and lets GET through', async () => {
    const app = appFor(allowed);
    const base = { host: 'gjennomlesing.example.no' };
    const post = await app.request('https://gjennomlesing.example.no/x', { method: 'POST', headers: { ...base, origin: 'https://evil.example' } });
    expect(post.status).toBe(403);
    expect(await post.text()).toBe('Forespørselen kom ikke fra denne siden.');
    expect((await app.request('https://gjennomlesing.example.no/x', { headers: { ...base, origin: 'https://evil.example' } })).status).toBe(200);
  });

  it('binds CSRF tokens to the session and the server', () => {
    const secret = new TextEncoder().encode('en nøkkel som er lang nok for testen her');
    const token = csrfToken(secret, 'review', 'abc');
    expect(validCsrfToken(secret, 'review', 'abc', token)).toBe(true);
    expect(validCsrfToken(secret, 'review', 'abd', token)).toBe(false);
    expect(validCsrfToken(secret, 'editor', 'abc', token)).toBe(false);
    expect(validCsrfToken(secret, 'review', 'abc', `${token}x`)).toBe(false);
    expect(validCsrfToken(secret, 'review', 'abc', undefined)).toBe(false);
    expect(validCsrfToken(secret, 'review', 'abc', ['x'])).toBe(false);
  });
});
