/**
 * The service with editor links, as in production: the review store holds the links, signed with the review
 * server's key, and the consultation service checks them through `shareLinkSource`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConsultationStore } from '@strategi/consultation';
import { localOrigins } from '@strategi/hosting';
import { ReviewStore, type Role, shareLinkSource, signShareToken } from '@strategi/review';
import { createConsultationApp } from '../src/app.ts';
import { consultationSource } from '../src/consultations.ts';
import { contentSource } from '../src/content-source.ts';
import { freshLocation } from './databases.ts';
import { fixtureContent, OPEN_DAY, ORIGIN, type Service } from './helpers.ts';

const REVIEW_SECRET = new TextEncoder().encode('r'.repeat(32));
/** The fixture's consultations, read once for every service a worker starts, as in helpers.ts: no test changes them. */
const consultations = consultationSource(contentSource(fixtureContent, Number.POSITIVE_INFINITY));

export interface ModeratedService extends Service {
  reviewStore: ReviewStore;
  /** A link's token, as `strategi preview share` makes it. */
  link(role: Role, options?: { audience?: 'review' | 'editor'; days?: number }): Promise<{ id: string; token: string }>;
  /** Signs in with a token; the session cookie, or undefined when refused. */
  signIn(token: string): Promise<string | undefined>;
}

export async function startModeratedService(options: { contentDir?: string } = {}): Promise<ModeratedService> {
  let now = OPEN_DAY;
  const clock = () => now;
  const store = await ConsultationStore.open(await freshLocation('sqlite'), clock);
  const reviewStore = await ReviewStore.open(
    { sqliteFile: path.join(mkdtempSync(path.join(tmpdir(), 'strategi-horing-review-')), 'kommentarer.sqlite') },
    clock,
  );
  const app = createConsultationApp({
    store,
    secret: new TextEncoder().encode('x'.repeat(32)),
    consultations,
    allowed: localOrigins(4325),
    publicOrigin: ORIGIN,
    trustProxy: true,
    now: clock,
    editors: shareLinkSource({ store: reviewStore, secret: REVIEW_SECRET, audience: 'review', now: clock }),
    contentDir: options.contentDir,
  });
  const request: Service['request'] = async (pathname, init = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('host')) headers.set('host', '127.0.0.1:4325');
    if (init.method === 'POST' && !headers.has('origin')) headers.set('origin', ORIGIN);
    headers.set('x-forwarded-for', init.address ?? '192.0.2.1');
    return app.request(`${ORIGIN}${pathname}`, { ...init, headers });
  };
  return {
    store,
    reviewStore,
    request,
    wait: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    clock,
    setClock: (date) => {
      now = date;
    },
    close: async () => {
      await store.close();
      await reviewStore.close();
    },
    link: async (role, options = {}) => {
      const link = await reviewStore.createLink({
        name: role === 'editor' ? 'Redaktør Rita' : 'Leser Lars',
        role,
        audience: options.audience ?? 'review',
        expiresAt: new Date(now.getTime() + (options.days ?? 14) * 86_400_000),
      });
      return { id: link.id, token: await signShareToken(link, REVIEW_SECRET) };
    },
    signIn: async (token) => {
      const answer = await request(`/redaksjon/tilgang?token=${encodeURIComponent(token)}`);
      if (answer.status !== 303) return undefined;
      return /^([^;]+)/.exec(answer.headers.get('set-cookie') ?? '')?.[1];
    },
  };
}

/** The CSRF token of the moderation page's forms. */
export const csrfOf = (page: string): string => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

export const decide = (fields: Record<string, string>, cookie: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
  body: new URLSearchParams(fields).toString(),
});
