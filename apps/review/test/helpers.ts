import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FailureLimiter, hostedOrigins } from '@strategi/hosting';
import { type Audience, ReviewStore, type Role, signShareToken } from '@strategi/review';
import { type databaseKinds, freshLocation } from '@strategi/review/testing';
import { createReviewApp, type ReviewLimits, SESSION_COOKIE } from '../src/index.ts';

const headersFile = `/*
  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
`;

const measurePage = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>T-1: Lage en veileder</title></head><body><main><h1>Lage en veileder</h1><div class="body" id="tekst-T-1" data-strategi-dokument="T-1" data-strategi-utgave="utkast"><p>Tiltaket styrker målet om kompetanse i barnehagen.</p></div><p>Mål: M-1</p></main></body></html>`;

/** A small preview build: a front page, one measure page with a section, a stylesheet, a folder without an index. */
export function makeDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'strategi-dist-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  };
  write('_headers', headersFile);
  write('index.html', '<!doctype html><html lang="nb"><head><title>Forside</title></head><body><main><h1>Utkast</h1></main></body></html>');
  write('versjoner/utkast/tiltak/T-1/index.html', measurePage);
  write('_astro/site.css', 'body { color: black; }');
  write('tom-mappe/fil.txt', 'ingen indeks her');
  write('.skjult', 'hemmelig');
  return dist;
}

export interface TestApp {
  store: ReviewStore;
  secret: Uint8Array;
  dist: string;
  request(pathname: string, init?: RequestInit & { cookie?: string | undefined; address?: string }): Promise<Response>;
  /** A share link, its token and the session cookie it gives. */
  link(name?: string, role?: Role, expiresAt?: Date, audience?: Audience): Promise<{ id: string; token: string; cookie: string }>;
  close(): Promise<void>;
}

const secret = new TextEncoder().encode('test-nøkkel-som-er-lang-nok-til-hs256-signering');

export const ORIGIN = 'http://gjennomlesing.test';

export async function openApp(
  kind: (typeof databaseKinds)[number],
  // `dist`: a preview build to serve instead of the small one from makeDist (a real build of another strategy).
  options: { now?: () => Date; limiter?: FailureLimiter; limits?: Partial<ReviewLimits>; dist?: string } = {},
): Promise<TestApp> {
  const store = await ReviewStore.open(await freshLocation(kind), options.now);
  const dist = options.dist ?? makeDist();
  const app = createReviewApp({
    store,
    secret,
    dist,
    allowed: hostedOrigins(ORIGIN),
    trustProxy: true,
    ...(options.limits ? { limits: options.limits } : {}),
    limiter: options.limiter ?? new FailureLimiter(),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    store,
    secret,
    dist,
    request(pathname, init = {}) {
      const { cookie, address, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (!headers.has('host')) headers.set('host', 'gjennomlesing.test');
      headers.set('x-forwarded-for', address ?? '192.0.2.1');
      if (cookie) headers.set('cookie', `${SESSION_COOKIE}=${cookie}`);
      return Promise.resolve(app.request(`http://gjennomlesing.test${pathname}`, { ...rest, headers }));
    },
    async link(name = 'KS sekretariatet', role = 'reviewer', expiresAt = new Date(Date.now() + 14 * 86_400_000), audience = 'review') {
      const link = await store.createLink({ name, role, audience, expiresAt });
      const token = await signShareToken(link, secret);
      return { id: link.id, token, cookie: token };
    },
    close: () => store.close(),
  };
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
