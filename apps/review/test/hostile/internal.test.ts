/**
 * Internal content (notes, source paths, `vscode://` links) reaches only a link made with `--intern`: every other
 * reader — editors' links included — is served the outside build on every path, however it is spelled, and a
 * flagged link on a server without an internal build gets the outside build too.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FailureLimiter, hostedOrigins } from '@strategi/hosting';
import { ReviewStore, type Role, signShareToken } from '@strategi/review';
import { databaseKinds, freshLocation } from '@strategi/review/testing';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createReviewApp, SESSION_COOKIE } from '../../src/index.ts';

const MARKER = 'INTERN-MARKØR';
const secret = new TextEncoder().encode('test-nøkkel-som-er-lang-nok-til-hs256-signering');

const page = (body: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>T-1</title></head><body><main>${body}</main></body></html>`;
const section = (text: string) => `<div class="body" data-strategi-dokument="T-1" data-strategi-utgave="utkast"><p>${text}</p></div>`;

/** Two hand-written preview builds side by side: `ute` for everyone, `intern` with the marker on every file. */
function makeBuilds(): { outside: string; internal: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'strategi-builds-'));
  const write = (build: string, file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, build, file)), { recursive: true });
    writeFileSync(path.join(root, build, file), text);
  };
  write('ute', 'index.html', page('<h1>Utkast</h1>'));
  write('ute', 'versjoner/utkast/tiltak/T-1/index.html', page(section('Tiltaket styrker kompetansen.')));
  write('ute', '_astro/site.css', 'body { color: black; }');
  write('intern', 'index.html', page(`<h1>Utkast</h1><aside>${MARKER}</aside>`));
  write(
    'intern',
    'versjoner/utkast/tiltak/T-1/index.html',
    page(`${section('Tiltaket styrker kompetansen.')}<aside class="internal-note">${MARKER}</aside><a href="vscode://file/hjem/T-1.md:1:1">${MARKER}</a>`),
  );
  write('intern', '_astro/site.css', `/* ${MARKER} */`);
  write('intern', 'bare-intern/index.html', page(MARKER));
  write('intern', 'bare-intern.txt', MARKER);
  return { outside: path.join(root, 'ute'), internal: path.join(root, 'intern') };
}

/** Every path of both builds, and the ways an attacker might spell one to reach the other build. */
const PATHS = [
  '/',
  '/index.html',
  '/versjoner/utkast/tiltak/T-1/',
  '/versjoner/utkast/tiltak/T-1/index.html',
  '/_astro/site.css',
  '/bare-intern/',
  '/bare-intern/index.html',
  '/bare-intern.txt',
  '//',
  '//versjoner/utkast/tiltak/T-1/',
  '///versjoner//utkast/tiltak/T-1/',
  '//bare-intern/',
  '//bare-intern.txt',
  '/%62are-intern/',
  '/%2Fbare-intern/',
  '/versjoner%2Futkast%2Ftiltak%2FT-1/',
  '/%62are-intern.txt',
  '/../intern/',
  '/../intern/index.html',
  '/%2e%2e/intern/index.html',
  '/%2E%2E%2Fintern%2Fbare-intern.txt',
  '//../intern/bare-intern.txt',
  '/..%2Fintern/',
  '/versjoner/../../intern/index.html',
  '/%252e%252e/intern/index.html',
  '/?x=../intern/',
];

describe.each(databaseKinds)('internal content on %s', (kind) => {
  let store: ReviewStore;
  let builds: { outside: string; internal: string };
  beforeEach(async () => {
    store = await ReviewStore.open(await freshLocation(kind));
    builds = makeBuilds();
  });
  afterEach(() => store.close());

  const server = (internalDist: string | undefined) => {
    const app = createReviewApp({
      store,
      secret,
      dist: builds.outside,
      internalDist,
      allowed: hostedOrigins('http://gjennomlesing.test'),
      limiter: new FailureLimiter(),
    });
    return (pathname: string, cookie: string) =>
      app.request(`http://gjennomlesing.test${pathname}`, { headers: { host: 'gjennomlesing.test', cookie: `${SESSION_COOKIE}=${cookie}` } });
  };
  const cookieOf = async (role: Role, internal: boolean) =>
    signShareToken(await store.createLink({ name: 'Leser', role, internal, expiresAt: new Date(Date.now() + 86_400_000) }), secret);

  /** Everything an answer carries: status, headers and body. */
  const whole = async (response: Response) => `${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`;

  test.each([
    ['reviewer', false],
    ['editor', false],
  ] as const)('a link for a %s without the flag never receives the marker, on any path', async (role, internal) => {
    const request = server(builds.internal);
    const cookie = await cookieOf(role, internal);
    for (const pathname of PATHS) {
      const answer = await whole(await request(pathname, cookie));
      expect(answer, pathname).not.toContain(MARKER);
      expect(answer, pathname).not.toContain('vscode:');
    }
    // Pages it has are served to it, from the outside build.
    const measure = await request('/versjoner/utkast/tiltak/T-1/', cookie);
    expect(measure.status).toBe(200);
    expect(await measure.text()).toContain('Tiltaket styrker kompetansen.');
    expect((await request('/bare-intern/', cookie)).status).toBe(404);
  });

  test('a link made with --intern is served the internal build, with the comments on its sections', async () => {
    const request = server(builds.internal);
    const cookie = await cookieOf('reviewer', true);
    for (const pathname of ['/', '/versjoner/utkast/tiltak/T-1/', '//versjoner/utkast/tiltak/T-1/', '/_astro/site.css', '/bare-intern/', '/bare-intern.txt']) {
      const response = await request(pathname, cookie);
      expect(response.status, pathname).toBe(200);
      expect(await response.text(), pathname).toContain(MARKER);
    }
    expect(await (await request('/versjoner/utkast/tiltak/T-1/', cookie)).text()).toContain('action="/_review/kommentarer"');
    // Still only inside its own build.
    for (const pathname of ['/../ute/index.html', '/%2e%2e/ute/index.html', '/_headers', '//_headers']) {
      expect((await request(pathname, cookie)).status, pathname).toBe(404);
    }
  });

  test('readers with and without the flag on the same server each get their own build, request after request', async () => {
    const request = server(builds.internal);
    const outside = await cookieOf('editor', false);
    const internal = await cookieOf('reviewer', true);
    for (let round = 0; round < 3; round++) {
      expect(await (await request('/versjoner/utkast/tiltak/T-1/', internal)).text()).toContain(MARKER);
      expect(await (await request('/versjoner/utkast/tiltak/T-1/', outside)).text()).not.toContain(MARKER);
    }
  });

  test('without an internal build, a link made with --intern gets the outside build and no error', async () => {
    const request = server(undefined);
    const cookie = await cookieOf('reviewer', true);
    for (const pathname of PATHS) expect(await whole(await request(pathname, cookie)), pathname).not.toContain(MARKER);
    const measure = await request('/versjoner/utkast/tiltak/T-1/', cookie);
    expect(measure.status).toBe(200);
    expect(await measure.text()).toContain('Tiltaket styrker kompetansen.');
  });
});
