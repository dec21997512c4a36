/**
 * Share links: a signed JWT (HS256, with `jose`) naming the link's id, the reviewer's name and role, the server it
 * opens (its audience) and when it expires. The signature proves the server issued it; the link's row in the store
 * says whether it has been revoked, so a revocation takes effect on the next request. A server accepts only its own
 * audience: a review link — even an editor's, who may resolve comments — never opens the web editor.
 */
import type { Checked, SessionSource } from '@strategi/hosting';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Audience, ReviewStore, Role, ShareLink } from './store/store.ts';

const ISSUER = 'strategi';
/** The JWT `aud` of each audience; `strategi-review` is what every link before audiences carried. */
const JWT_AUDIENCE: Record<Audience, string> = { review: 'strategi-review', editor: 'strategi-editor' };

export interface ShareClaims {
  linkId: string;
  name: string;
  role: Role;
  audience: Audience;
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
    .setAudience(JWT_AUDIENCE[link.audience])
    .setIssuedAt(Math.floor(Date.parse(link.createdAt) / 1000))
    .setExpirationTime(Math.floor(Date.parse(link.expiresAt) / 1000))
    .sign(secret);
}

/**
 * Checks the signature, issuer, audience (the server's own, `review` unless said) and expiry; throws `TokenError`.
 * Revocation is the store's to say.
 */
export async function verifyShareToken(token: string, secret: Uint8Array, now: Date = new Date(), audience: Audience = 'review'): Promise<ShareClaims> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, audience: JWT_AUDIENCE[audience], algorithms: ['HS256'], currentDate: now });
    const { jti, name, role, exp } = payload;
    if (typeof jti !== 'string' || typeof name !== 'string' || (role !== 'reviewer' && role !== 'editor') || typeof exp !== 'number') {
      throw new TokenError('invalid');
    }
    return { linkId: jti, name, role, audience, expiresAt: new Date(exp * 1000) };
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

/** Where each server signs a link's holder in. */
const SIGN_IN_PATH: Record<Audience, string> = { review: '/_review/tilgang', editor: '/tilgang' };

/** The URL a link's holder opens (`publicUrl` is that audience's server): it signs them in. */
export function shareUrl(publicUrl: string, token: string, audience: Audience = 'review'): string {
  return `${publicUrl.replace(/\/+$/, '')}${SIGN_IN_PATH[audience]}?token=${encodeURIComponent(token)}`;
}

/** Whether a link may be used now: not revoked and not expired. */
export function linkState(link: ShareLink, now: Date = new Date()): 'active' | 'expired' | 'revoked' {
  if (link.revokedAt) return 'revoked';
  if (Date.parse(link.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

export interface ShareLinkSourceOptions {
  store: ReviewStore;
  secret: Uint8Array;
  /** The server asking: only its links are accepted. */
  audience: Audience;
  now?: () => Date;
}

/**
 * Share links as sessions for `@strategi/hosting`'s `ShareSessions`: `verify` checks the token offline (signature,
 * audience, expiry), `load` the link's row (it exists, has the same audience, is not revoked or expired).
 */
export function shareLinkSource(options: ShareLinkSourceOptions): SessionSource<ShareClaims, ShareLink> {
  const now = options.now ?? (() => new Date());
  return {
    async verify(token): Promise<Checked<ShareClaims>> {
      try {
        return { ok: true, value: await verifyShareToken(token, options.secret, now(), options.audience) };
      } catch (error) {
        if (error instanceof TokenError) return { ok: false, reason: error.reason };
        throw error;
      }
    },
    async load(claims) {
      const link = await options.store.getLink(claims.linkId);
      if (!link || link.audience !== options.audience) return { ok: false, reason: 'invalid' };
      const state = linkState(link, now());
      if (state !== 'active') return { ok: false, reason: state };
      return { ok: true, value: { session: link, expiresAt: new Date(link.expiresAt) } };
    },
  };
}
