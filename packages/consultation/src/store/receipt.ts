/**
 * Receipt tokens: 32 random bytes, given once to the responder (in the receipt and on the thank-you page) and
 * stored only as a SHA-256 hash, so a copy of the database opens no response. A token is long enough that a
 * guessed one never matches, so it needs no slow hash.
 */
import { createHash, randomBytes } from 'node:crypto';

export const newReceiptToken = (): string => randomBytes(32).toString('base64url');

/** Only a well-formed token is looked up; anything else is no token. */
export const isReceiptToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);

export const hashReceiptToken = (token: string): string => createHash('sha256').update(token).digest('hex');
