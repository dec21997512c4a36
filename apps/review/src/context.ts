/**
 * What every router of the review server shares: the store and key, the limits, the reader of the request (set by
 * the session middleware), and the one way to answer with a status page — a whole page in the reader's language for a person, or
 * `{ error, hint? }` for the JSON API.
 */
import type { UiLang } from '@strategi/i18n';
import type { ReviewStore } from '@strategi/review';
import type { Context } from 'hono';
import type { Notifications } from './notifications.ts';
import { type KnownPage, pageText, type StatusPage, statusPageHtml } from './status-pages.ts';
import type { Reader } from './threads.ts';

/** `lang` is set for every request, refusals included, before any route runs. */
export type Env = { Variables: { reader: Reader; lang: UiLang } };

export interface ReviewLimits {
  /** Comments one link may write in 24 hours. Default 100. */
  commentsPerDay: number;
  /** Comments per section on a page, and the JSON API's default page. Default 50. */
  pageSize: number;
  /** The JSON API's largest page. Default 200. */
  maxPageSize: number;
}

export const DEFAULT_LIMITS: ReviewLimits = { commentsPerDay: 100, pageSize: 50, maxPageSize: 200 };

export interface ReviewContext {
  store: ReviewStore;
  secret: Uint8Array;
  now: () => Date;
  limits: ReviewLimits;
  /** The language of the server's words: the preview's (`language.ts`). */
  lang: UiLang;
  /** E-mail notifications, when SMTP is set (`notifications.ts`). */
  notifications?: Notifications | undefined;
  /** Cookies the server sets are `Secure` (it is reached over HTTPS). */
  secureCookie?: boolean | undefined;
}

/** The scope of this server's CSRF tokens (another server with the same key makes other tokens). */
export const CSRF_SCOPE = 'review';

const isApi = (c: Context) => new URL(c.req.url).pathname.startsWith('/api/');

export function statusPage(c: Context, known: KnownPage | StatusPage, headers: Record<string, string> = {}): Response {
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  const lang: UiLang = c.get('lang') ?? 'nb';
  const page = pageText(known, lang);
  if (isApi(c)) return c.json({ error: page.message, ...(page.hint ? { hint: page.hint } : {}) }, page.status);
  return c.html(statusPageHtml(page, lang), page.status);
}
