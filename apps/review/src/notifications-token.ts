/**
 * The unsubscribe token in every mail: the address and an HMAC of it under the server's key. It does not expire (an
 * unsubscribe link in an old mail must still work) and names one address, so it can do nothing but unsubscribe it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'strategi-avmelding:';

const mac = (secret: Uint8Array, address: string) =>
  createHmac('sha256', secret)
    .update(PURPOSE + address)
    .digest();

export function unsubscribeToken(secret: Uint8Array, address: string): string {
  return `${Buffer.from(address).toString('base64url')}.${mac(secret, address).toString('base64url')}`;
}

/** The address a token was made for, or undefined when it was not made with this key. */
export function verifyUnsubscribeToken(secret: Uint8Array, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 1000) return undefined;
  const [encoded, signature, ...rest] = token.split('.');
  if (!encoded || !signature || rest.length > 0) return undefined;
  const address = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = mac(secret, address);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? address : undefined;
}
