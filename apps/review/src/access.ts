/**
 * Who may read: the holder of a review share link. `/_review/tilgang?token=…` checks the token and sets the session
 * cookie; every other request checks the cookie the same way (so a revocation takes effect on the next request).
 * The check is `@strategi/hosting`'s `ShareSessions` over this server's audience: editor links are refused here,
 * forged tokens are counted per address and refused links per token.
 */
import { type Authenticated, clientAddress, type FailureLimiter, type RefusedReason, ShareSessions } from '@strategi/hosting';
import { type ShareLink, shareLinkSource } from '@strategi/review';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type Env, type ReviewContext, statusPage } from './context.ts';
import { type KnownPage, pages } from './status-pages.ts';

export const SESSION_COOKIE = 'strategi_gjennomlesing';

export interface AccessOptions {
  secureCookie: boolean;
  trustProxy: boolean;
  limiter: FailureLimiter;
}

const refusedPage: Record<RefusedReason, KnownPage> = { invalid: pages.invalidLink, expired: pages.expiredLink, revoked: pages.revokedLink };

export function shareAccess(context: ReviewContext, options: AccessOptions) {
  const sessions = new ShareSessions(shareLinkSource({ store: context.store, secret: context.secret, audience: 'review', now: context.now }), options.limiter);

  const authenticate = (c: Context, token: string) => sessions.authenticate(token, clientAddress(c, { trustProxy: options.trustProxy }));

  const refuse = (c: Context, result: Exclude<Authenticated<ShareLink>, { ok: true }>) =>
    result.reason === 'throttled'
      ? statusPage(c, pages.tooManyAttempts, { 'Retry-After': String(result.retryAfter) })
      : statusPage(c, refusedPage[result.reason]);

  /** The sign-in route. */
  const signIn = new Hono<Env>();
  signIn.get('/_review/tilgang', async (c) => {
    const token = c.req.query('token');
    if (!token) return statusPage(c, pages.noAccess);
    const result = await authenticate(c, token);
    if (!result.ok) return refuse(c, result);
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: options.secureCookie, path: '/', expires: result.expiresAt });
    return c.redirect('/', 303);
  });

  /** Everything after it needs a reader with a valid link. */
  const requireReader: MiddlewareHandler<Env> = async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return statusPage(c, pages.noAccess);
    const result = await authenticate(c, token);
    if (!result.ok) return refuse(c, result);
    const link = result.session;
    c.set('reader', { linkId: link.id, name: link.name, role: link.role, internal: link.internal, expiresAt: link.expiresAt });
    await next();
  };

  return { signIn, requireReader };
}
