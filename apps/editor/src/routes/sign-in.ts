/**
 * Sign-in: an editor-audience share link (`strategi preview share --redigering`) opened at `/tilgang?token=…` sets
 * the session cookie, and every later request is checked against it. Locally there is one session that may edit.
 */
import { clientAddress } from '@strategi/hosting';
import { ui } from '@strategi/i18n';
import { Hono, type MiddlewareHandler, type Next } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type Access, LOCAL_SESSION, type Session } from '../access.ts';
import { type EditorRequest, type Env, plainPage } from '../context.ts';

export const SESSION_COOKIE = 'strategi_redigering';

export interface SignInOptions {
  /** Behind a reverse proxy: the client's address is the last `X-Forwarded-For` entry. */
  trustProxy: boolean;
}

export function signIn(access: Access, options: SignInOptions) {
  const addressOf = (c: EditorRequest) => clientAddress(c, { trustProxy: options.trustProxy });

  const routes = new Hono<Env>();
  // The review tools' share links end in /_review/tilgang; the same link, made for this server's address, lets in here.
  routes.get('/_review/tilgang', (c) => c.redirect(`/tilgang${new URL(c.req.url).search}`, 303));
  routes.get('/tilgang', async (c) => {
    const token = c.req.query('token');
    const result = token ? await access.sessionOf(token, addressOf(c)) : undefined;
    if (result?.ok === false && result.reason === 'throttled') return plainPage(c, 429, ui(c.get('lang')).editor.tooManyAttempts);
    if (!result?.ok) return plainPage(c, 403, ui(c.get('lang')).editor.linkRefused);
    setCookie(c, SESSION_COOKIE, token!, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: access.hosted?.secureCookie ?? false,
      path: '/',
      expires: result.expiresAt,
    });
    return c.redirect('/', 303);
  });

  const enter = (c: EditorRequest, session: Session, next: Next) => {
    c.set('session', session);
    c.set('csrf', access.csrfToken(session));
    return next();
  };

  /** Middleware: the session of the request and its form token, or 401 (429 when throttled) when hosted without one. */
  const requireSession: MiddlewareHandler<Env> = async (c, next) => {
    if (!access.hosted) return enter(c, LOCAL_SESSION, next);
    const token = getCookie(c, SESSION_COOKIE);
    const result = token ? await access.sessionOf(token, addressOf(c)) : undefined;
    if (result?.ok === false && result.reason === 'throttled') return plainPage(c, 429, ui(c.get('lang')).editor.tooManyAttempts);
    if (!result?.ok) return plainPage(c, 401, ui(c.get('lang')).editor.noAccess);
    return enter(c, result.session, next);
  };

  return { routes, requireSession };
}
