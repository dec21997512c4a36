/**
 * Share links: a signed JWT (HS256, with `jose`) naming the link's id, the reviewer's name and role, and when
 * it expires. The signature proves the server issued it; the link's row in the store says whether it has been
 * revoked, so a revocation takes effect on the next request.
 */
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role, ShareLink } from './store/store.ts';

const ISSUER = 'strategi';
const AUDIENCE = 'strategi-review';

export interface ShareClaims {
  linkId: string;
  name: string;
  role: Role;
  expiresAt: Date;
}

export type TokenFailure = 'expired' | 'invalid';

export class TokenError extends Error {
  readonly reason: TokenFailure;
  constructor(reason: TokenFailure) {
    super(reason === 'expired' ? 'Lenken er utløpt.' : 'Lenken er ugyldig.');
    this.reason = reason;
  }
}

export async function signShareToken(link: ShareLink, secret: Uint8Array): Promise<string> {
  return new SignJWT({ name: link.name, role: link.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setJti(link.id)
    .setSubject(link.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(Date.parse(link.createdAt) / 1000))
    .setExpirationTime(Math.floor(Date.parse(link.expiresAt) / 1000))
    .sign(secret);
}

/** Checks the signature, issuer, audience and expiry; throws `TokenError`. Revocation is the store's to say. */
export async function verifyShareToken(token: string, secret: Uint8Array, now: Date = new Date()): Promise<ShareClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: now });
    const { jti, name, role, exp } = payload;
    if (typeof jti !== 'string' || typeof name !== 'string' || (role !== 'reviewer' && role !== 'editor') || typeof exp !== 'number') {
      throw new TokenError('invalid');
    }
    return { linkId: jti, name, role, expiresAt: new Date(exp * 1000) };
  } catch (error) {
    if (error instanceof TokenError) throw error;
    if (error instanceof errors.JWTExpired) throw new TokenError('expired');
    throw new TokenError('invalid');
  }
}

const units: Record<string, number> = { m: 60_000, t: 3_600_000, h: 3_600_000, d: 86_400_000, u: 604_800_000, w: 604_800_000 };

/** The longest a link may live. */
export const MAX_LINK_DAYS = 365;

/**
 * A duration like `14d`, `12t` (or `12h`), `2u` (or `2w`), `30m`, in milliseconds; undefined when it is not one or
 * is longer than a year.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,6})\s*([mthduw])$/i.exec(text.trim());
  if (!match) return undefined;
  const ms = Number(match[1]) * units[match[2]!.toLowerCase()]!;
  if (ms <= 0 || ms > MAX_LINK_DAYS * 86_400_000) return undefined;
  return ms;
}

/** The URL a reviewer opens: it signs them in and leads to the preview. */
export function shareUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/_review/tilgang?token=${encodeURIComponent(token)}`;
}

/** Whether a link may be used now: not revoked and not expired. */
export function linkState(link: ShareLink, now: Date = new Date()): 'active' | 'expired' | 'revoked' {
  if (link.revokedAt) return 'revoked';
  if (Date.parse(link.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}
