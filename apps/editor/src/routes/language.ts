/** The language of the pages: a cookie chosen at `/sprak`, bokmål without one. */

import { safeRedirectPath } from '@strategi/hosting';
import type { UiLang } from '@strategi/i18n';
import { Hono, type MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Env } from '../context.ts';

const LANGUAGE_COOKIE = 'strategi_redigering_sprak';
const languages = new Set<UiLang>(['nb', 'nn', 'en']);

/** Middleware: the request's language, for every answer including refusals. */
export const chooseLanguage: MiddlewareHandler<Env> = async (c, next) => {
  const chosen = getCookie(c, LANGUAGE_COOKIE) as UiLang | undefined;
  c.set('lang', chosen && languages.has(chosen) ? chosen : 'nb');
  await next();
};

/** The language switch: sets the cookie and goes back, only ever to a path on this server. */
export const languageRoutes = new Hono<Env>().get('/sprak', (c) => {
  const lang = c.req.query('lang') as UiLang | undefined;
  if (lang && languages.has(lang)) setCookie(c, LANGUAGE_COOKIE, lang, { sameSite: 'Lax', path: '/', maxAge: 365 * 24 * 3600 });
  return c.redirect(safeRedirectPath(c.req.query('tilbake')) ?? '/', 303);
});
