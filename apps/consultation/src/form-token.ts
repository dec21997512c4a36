/**
 * A form's issue stamp: when it was handed out and a random id, signed with the server's key. It gives the
 * minimum fill time (a bot posts at once) without a CAPTCHA, an age limit, and the idempotency key: the same form
 * sent twice, to this server or another, is one response. Signed, so neither the time nor the id can be made up.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** The least time a person takes to fill in a form (`STRATEGI_HORING_MIN_FILL`). */
export const MIN_FILL_MS = 3_000;
const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

const sign = (secret: Uint8Array, body: string) => createHmac('sha256', secret).update(`horing-skjema:${body}`).digest('base64url');

export function issueFormToken(secret: Uint8Array, version: string, now: Date): string {
  const body = `${now.getTime()}.${randomUUID()}.${version}`;
  return `${body}.${sign(secret, body)}`;
}

export type FormTokenCheck = { ok: true; id: string } | { ok: false; reason: 'forged' | 'too-fast' | 'expired' };

export function checkFormToken(secret: Uint8Array, token: unknown, version: string, now: Date, minFillMs = MIN_FILL_MS): FormTokenCheck {
  if (typeof token !== 'string' || token.length > 300) return { ok: false, reason: 'forged' };
  const cut = token.lastIndexOf('.');
  const body = token.slice(0, cut);
  const given = Buffer.from(token.slice(cut + 1));
  const expected = Buffer.from(sign(secret, body));
  if (cut < 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const [issued, id, forVersion] = body.split('.');
  if (forVersion !== version || !id) return { ok: false, reason: 'forged' };
  const age = now.getTime() - Number(issued);
  if (!(age >= minFillMs)) return { ok: false, reason: age < minFillMs ? 'too-fast' : 'forged' };
  if (age > MAX_FORM_AGE_MS) return { ok: false, reason: 'expired' };
  return { ok: true, id };
}
