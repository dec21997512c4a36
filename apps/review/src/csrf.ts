/**
 * Protection against requests forged by another site. Forms carry a token bound to the reader's share link (an
 * HMAC with the server's key, so it needs no storage); every changing request must come from this origin when
 * the browser says where it comes from; the JSON API takes only `application/json`, which no other site can
 * send without a CORS preflight this server never grants.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function csrfToken(secret: Uint8Array, linkId: string): string {
  return createHmac('sha256', secret).update(`csrf:${linkId}`).digest('base64url');
}

export function validCsrfToken(secret: Uint8Array, linkId: string, token: unknown): boolean {
  if (typeof token !== 'string') return false;
  const expected = Buffer.from(csrfToken(secret, linkId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** False when the browser says the request comes from another site or origin. */
export function sameOrigin(headers: { origin: string | undefined; host: string | undefined; fetchSite: string | undefined }): boolean {
  if (headers.fetchSite && headers.fetchSite !== 'same-origin' && headers.fetchSite !== 'none') return false;
  if (headers.origin === undefined) return true;
  try {
    return new URL(headers.origin).host === headers.host;
  } catch {
    return false;
  }
}
