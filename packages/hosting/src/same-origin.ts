/**
 * Protection against requests another site makes. A changing request must say it comes from an allowed origin when
 * the browser says where it comes from (`Sec-Fetch-Site`, `Origin`); forms also carry a CSRF token, an HMAC of the
 * session with the server's key (no storage), compared in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { type Refusal, refusals } from './messages.ts';
import type { AllowedOrigins } from './origins.ts';

/** False when the browser says the request comes from another site or from an origin not on the list. */
export function sameOrigin(allowed: AllowedOrigins, headers: Headers): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const origin = headers.get('origin');
  if (origin === null) return true;
  return allowed.origins.includes(origin.toLowerCase());
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a changing request (not GET, HEAD, OPTIONS) from another origin with `onRefused`. */
export function originGuard(allowed: AllowedOrigins, onRefused: (c: Context, refusal: Refusal) => Response | Promise<Response>): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || sameOrigin(allowed, c.req.raw.headers)) return next();
    return onRefused(c, refusals.crossOrigin);
  };
}

/**
 * A form's token for one session. `scope` keeps one server's tokens from being valid on another that shares the
 * key (`review`, `editor`).
 */
export function csrfToken(secret: Uint8Array, scope: string, sessionId: string): string {
  return createHmac('sha256', secret).update(`csrf:${scope}:${sessionId}`).digest('base64url');
}

export function validCsrfToken(secret: Uint8Array, scope: string, sessionId: string, token: unknown): boolean {
  if (typeof token !== 'string') return false;
  const expected = Buffer.from(csrfToken(secret, scope, sessionId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
