import { FailureLimiter } from '@strategi/hosting';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { openApp, type TestApp } from './helpers.ts';

const noAccessPage = (body: string) => body.includes('<title>Du trenger en lenke for å lese – gjennomlesing</title>');

describe('access to the preview', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openApp('sqlite');
  });
  afterEach(() => app.close());

  test('without a link every path answers 401 with the same Norwegian page, revealing nothing', async () => {
    const paths = ['/', '/versjoner/utkast/tiltak/T-1/', '/finnes/ikke/', '/_astro/site.css', '/_headers', '/api/kommentarer', '/_review/traad'];
    const bodies = new Set<string>();
    for (const path of paths.filter((p) => !p.startsWith('/api/'))) {
      const response = await app.request(path);
      expect(response.status, path).toBe(401);
      expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8');
      bodies.add(await response.text());
    }
    expect(bodies.size).toBe(1);
    const [body] = [...bodies];
    expect(noAccessPage(body!)).toBe(true);
    expect(body).toContain('<html lang="nb">');
    expect(body).toContain('<p>Dette er en forhåndsvisning som bare er åpen for dem som har fått en lenke til gjennomlesing.</p>');
    expect(body).not.toContain('veileder');
    const api = await app.request('/api/kommentarer');
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({
      error: 'Dette er en forhåndsvisning som bare er åpen for dem som har fått en lenke til gjennomlesing.',
      hint: 'Åpne lenken du fikk fra redaksjonen. Har du ikke fått en, kan du be redaksjonen om det.',
    });
  });

  test('every answer has noindex, the site’s CSP and no caching', async () => {
    const { cookie } = await app.link();
    for (const response of [await app.request('/'), await app.request('/', { cookie }), await app.request('/finnes-ikke', { cookie })]) {
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow, noarchive');
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  test('a share link signs the reader in and leads to the preview', async () => {
    const { token } = await app.link();
    const response = await app.request(`/_review/tilgang?token=${token}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^strategi_gjennomlesing=[\w.-]+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    const page = await app.request('/versjoner/utkast/tiltak/T-1/', { cookie: token });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(
      '<link rel="stylesheet" href="/_review/kommentarer.css"><script type="application/json" id="review-words">{"commentFrom":"Kommentar fra {name}",',
    );
    expect(html).toContain('</script><script type="module" src="/_review/kommentarer.js"></script></head>');
    expect(html).toContain(
      '<p>Tiltaket styrker målet om kompetanse i barnehagen.</p></div><aside class="review-thread" id="kommentarer-T-1" aria-labelledby="kommentarer-T-1-tittel" data-dokument="T-1" data-utgave="utkast">',
    );
    expect(html).toContain('<p class="review-as">Du kommenterer med lenken til <strong>KS sekretariatet</strong>. Lenken din gjelder til ');
  });

  test('an expired link, a revoked link and a forged one are refused, each with its reason', async () => {
    const expired = await app.link('Gammel', 'reviewer', new Date(Date.now() - 1000));
    let response = await app.request(`/_review/tilgang?token=${expired.token}`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<h1>Lenken er utløpt</h1>');

    const revoked = await app.link('Trukket');
    expect((await app.request('/', { cookie: revoked.cookie })).status).toBe(200);
    await app.store.revokeLink(revoked.id);
    for (const attempt of [app.request('/', { cookie: revoked.cookie }), app.request(`/_review/tilgang?token=${revoked.token}`)]) {
      response = await attempt;
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('<h1>Lenken er trukket tilbake</h1>');
    }

    response = await app.request(`/_review/tilgang?token=${revoked.token.slice(0, -2)}xx`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<h1>Lenken virker ikke</h1>');
  });

  test('failed tokens are rate-limited per address, not valid links', async () => {
    for (let i = 0; i < 10; i++) expect((await app.request('/_review/tilgang?token=gjett', { address: '198.51.100.7' })).status).toBe(403);
    const blocked = await app.request('/_review/tilgang?token=gjett', { address: '198.51.100.7' });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('<h1>For mange forsøk</h1>');
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    // A valid link behind the same address (an office NAT) is not locked out by someone else's guesses.
    const { token } = await app.link();
    expect((await app.request(`/_review/tilgang?token=${token}`, { address: '198.51.100.7' })).status).toBe(303);
    expect((await app.request(`/_review/tilgang?token=${token}`, { address: '198.51.100.8' })).status).toBe(303);
  });

  test('the limiter forgets failures after its window', () => {
    let now = 0;
    const limiter = new FailureLimiter({ limit: 2, windowMs: 1000, now: () => now });
    limiter.fail('a');
    limiter.fail('a');
    expect(limiter.blocked('a')).toBe(true);
    now = 1001;
    expect(limiter.blocked('a')).toBe(false);
  });
});

describe('files of the preview', () => {
  let app: TestApp;
  let cookie: string;
  // The tests only read (a PUT is refused), so they share one app.
  beforeAll(async () => {
    app = await openApp('sqlite');
    cookie = (await app.link()).cookie;
  });
  afterAll(() => app.close());

  test('serves pages and assets, and redirects a folder to its slash', async () => {
    const css = await app.request('/_astro/site.css', { cookie });
    expect([css.status, css.headers.get('content-type'), await css.text()]).toEqual([200, 'text/css; charset=utf-8', 'body { color: black; }']);
    const folder = await app.request('/versjoner/utkast/tiltak/T-1?x=1', { cookie });
    expect([folder.status, folder.headers.get('location')]).toEqual([301, '/versjoner/utkast/tiltak/T-1/?x=1']);
    const head = await app.request('/', { cookie, method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  test.each([
    '/../../../../etc/passwd',
    '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/versjoner/..%2f..%2f..%2f..%2f..%2fetc/passwd',
    '/versjoner/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
    '/%00/index.html',
    '/index.html%00.css',
    '/%E0%A4%A',
    '/.skjult',
    '/_headers',
    '/tom-mappe/',
    '/tom-mappe',
    '/finnes/ikke/',
  ])('%s is not found, and nothing outside the build is served', async (path) => {
    const response = await app.request(path, { cookie });
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain('<h1>Fant ikke siden</h1>');
    expect(body).not.toMatch(/root:|ingen indeks|hemmelig|Content-Security-Policy/);
  });

  test('the preview cannot be changed', async () => {
    const response = await app.request('/versjoner/utkast/tiltak/T-1/', { cookie, method: 'PUT', body: 'x' });
    expect(response.status).toBe(405);
    expect(await response.text()).toContain('<h1>Det går ikke an her</h1>');
  });
});
