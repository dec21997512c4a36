/** The language of the pages: a cookie chosen at `/sprak`, bokmål without one. */

import { safeRedirectPath } from '@strategi/hosting';
import { language } from '@strategi/schema';
import { Hono, type MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Env } from '../context.ts';

const LANGUAGE_COOKIE = 'strategi_redigering_sprak';

/** Middleware: the request's language, for every answer including refusals. */
export const chooseLanguage: MiddlewareHandler<Env> = async (c, next) => {
  const chosen = language.safeParse(getCookie(c, LANGUAGE_COOKIE));
  c.set('lang', chosen.success ? chosen.data : 'nb');
  await next();
};

/** The language switch: sets the cookie and goes back, only ever to a path on this server. */
export const languageRoutes = new Hono<Env>().get('/sprak', (c) => {
  const lang = language.safeParse(c.req.query('lang'));
  if (lang.success) setCookie(c, LANGUAGE_COOKIE, lang.data, { sameSite: 'Lax', path: '/', maxAge: 365 * 24 * 3600 });
  return c.redirect(safeRedirectPath(c.req.query('tilbake')) ?? '/', 303);
});
