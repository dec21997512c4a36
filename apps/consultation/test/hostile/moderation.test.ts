// Hostile cases for moderation: only an editor's link may decide, every decision needs the session's CSRF token and
// the service's own origin and host, and what a responder writes cannot act on the editors' page.
import { afterEach, describe, expect, test } from 'vitest';
import { ORIGIN, respond } from '../helpers.ts';
import { csrfOf, decide, type ModeratedService, startModeratedService } from '../moderation-helpers.ts';

let service: ModeratedService;
afterEach(() => service?.close());

async function withResponse(text = 'Et svar.') {
  service = await startModeratedService();
  await respond(service, { tekst: text });
  const [response] = await service.store.listResponses();
  return response!;
}

async function editor() {
  const cookie = (await service.signIn((await service.link('editor')).token))!;
  const csrf = csrfOf(await (await service.request('/redaksjon', { headers: { cookie } })).text());
  return { cookie, csrf };
}

const stateOf = async (id: string) => (await service.store.getResponse(id))?.state;

describe('who may moderate', () => {
  test('an anonymous visitor sees no responses and cannot decide', async () => {
    const response = await withResponse('Hemmelig innhold før moderering.');
    const page = await service.request('/redaksjon');
    expect(page.status).toBe(403);
    expect(await page.text()).not.toContain('Hemmelig innhold');
    const post = await service.request(`/redaksjon/svar/${response.id}`, decide({ handling: 'publish' }, ''));
    expect(post.status).toBe(403);
    expect(await stateOf(response.id)).toBe('new');
  });

  test('a reviewer is refused at sign-in, and with the link as a cookie', async () => {
    const response = await withResponse();
    const { token } = await service.link('reviewer');
    const signIn = await service.request(`/redaksjon/tilgang?token=${encodeURIComponent(token)}`);
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get('set-cookie')).toBeNull();
    expect(await signIn.text()).toContain('Lenken din er for gjennomlesing. Bare redaksjonen kan moderere høringssvar.');
    const cookie = `strategi_horing_redaksjon=${token}`;
    expect((await service.request('/redaksjon', { headers: { cookie } })).status).toBe(403);
    const post = await service.request(`/redaksjon/svar/${response.id}`, decide({ handling: 'publish' }, cookie));
    expect(post.status).toBe(403);
    expect(await stateOf(response.id)).toBe('new');
  });

  test("the web editor's editor link is not a moderation link", async () => {
    await withResponse();
    const { token } = await service.link('editor', { audience: 'editor' });
    expect(await service.signIn(token)).toBeUndefined();
  });

  test('a revoked editor link stops working on the next request; an expired one is refused', async () => {
    const response = await withResponse();
    const link = await service.link('editor');
    const cookie = (await service.signIn(link.token))!;
    const csrf = csrfOf(await (await service.request('/redaksjon', { headers: { cookie } })).text());
    await service.reviewStore.revokeLink(link.id);
    const post = await service.request(`/redaksjon/svar/${response.id}`, decide({ _csrf: csrf, handling: 'publish' }, cookie));
    expect(post.status).toBe(403);
    expect(await post.text()).toContain('Lenken er trukket tilbake.');
    expect(await stateOf(response.id)).toBe('new');

    const short = await service.link('editor', { days: 1 });
    service.wait(2 * 86_400_000);
    expect(await service.signIn(short.token)).toBeUndefined();
  });

  test('forged tokens are refused, and after ten from one address that address is throttled', async () => {
    await withResponse();
    for (let i = 0; i < 10; i++) expect((await service.request(`/redaksjon/tilgang?token=eyJhbGciOiJIUzI1NiJ9.e30.forged${i}`)).status).toBe(403);
    const throttled = await service.request('/redaksjon/tilgang?token=eyJhbGciOiJIUzI1NiJ9.e30.forged');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('every decision is the editor’s own, from this service', () => {
  test('without the CSRF token, with a wrong one, or with another session’s, nothing is decided', async () => {
    const response = await withResponse();
    const { cookie } = await editor();
    const other = await editor();
    for (const csrf of [undefined, 'x'.repeat(43), other.csrf]) {
      const fields: Record<string, string> = { handling: 'publish' };
      if (csrf !== undefined) fields['_csrf'] = csrf;
      const post = await service.request(`/redaksjon/svar/${response.id}`, decide(fields, cookie));
      expect(post.status).toBe(403);
    }
    expect(await stateOf(response.id)).toBe('new');
  });

  test('a post from another origin, or marked cross-site by the browser, is refused before the route', async () => {
    const response = await withResponse();
    const { cookie, csrf } = await editor();
    const crossOrigin = decide({ _csrf: csrf, handling: 'publish' }, cookie);
    crossOrigin.headers = { ...crossOrigin.headers, origin: 'https://evil.example' } as typeof crossOrigin.headers;
    expect((await service.request(`/redaksjon/svar/${response.id}`, crossOrigin)).status).toBe(403);
    const crossSite = decide({ _csrf: csrf, handling: 'publish' }, cookie);
    crossSite.headers = { ...crossSite.headers, origin: ORIGIN, 'sec-fetch-site': 'cross-site' } as typeof crossSite.headers;
    expect((await service.request(`/redaksjon/svar/${response.id}`, crossSite)).status).toBe(403);
    expect(await stateOf(response.id)).toBe('new');
  });

  test('a request for another host is refused, session or not', async () => {
    const response = await withResponse();
    const { cookie, csrf } = await editor();
    const post = decide({ _csrf: csrf, handling: 'publish' }, cookie);
    post.headers = { ...post.headers, host: 'evil.example' } as typeof post.headers;
    expect((await service.request(`/redaksjon/svar/${response.id}`, post)).status).toBe(421);
    expect((await service.request('/redaksjon', { headers: { cookie, host: 'rebind.example:4325' } })).status).toBe(421);
    expect(await stateOf(response.id)).toBe('new');
  });

  test('an unknown action, or a response that does not exist, changes nothing', async () => {
    const response = await withResponse();
    const { cookie, csrf } = await editor();
    expect((await service.request(`/redaksjon/svar/${response.id}`, decide({ _csrf: csrf, handling: 'delete' }, cookie))).status).toBe(400);
    expect((await service.request('/redaksjon/svar/00000000-0000-0000-0000-000000000000', decide({ _csrf: csrf, handling: 'publish' }, cookie))).status).toBe(
      404,
    );
    expect(await stateOf(response.id)).toBe('new');
  });
});

describe('what an editor sends is bounded', () => {
  test('a reason longer than 2,000 characters, or with control characters, is refused and nothing is decided', async () => {
    const response = await withResponse();
    const { cookie, csrf } = await editor();
    const long = await service.request(`/redaksjon/svar/${response.id}`, decide({ _csrf: csrf, handling: 'withhold', begrunnelse: 'x'.repeat(2001) }, cookie));
    expect(long.status).toBe(413);
    const control = await service.request(`/redaksjon/svar/${response.id}`, decide({ _csrf: csrf, handling: 'withhold', begrunnelse: 'grunn\u0007' }, cookie));
    expect(control.status).toBe(400);
    expect(await stateOf(response.id)).toBe('new');
  });
});

describe('what a responder writes cannot act on the editors’ page', () => {
  test('markup in a response is shown as text, and a response cannot publish itself', async () => {
    service = await startModeratedService();
    await respond(service, {
      tekst: '<script>alert(1)</script><form action="/redaksjon/svar/x" method="post"><button>x</button></form>',
      state: 'published',
      handling: 'publish',
    });
    const [response] = await service.store.listResponses();
    expect(response?.state).toBe('new');
    const { cookie } = await editor();
    const page = await (await service.request('/redaksjon', { headers: { cookie } })).text();
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<form action="/redaksjon/svar/x"');
  });
});
