/**
 * Who may use the editor: locally one session that may edit; hosted, the reader of a share link of the review tools
 * (signature, the link's row, not expired or revoked — checked on every request), who may edit with the editor
 * role and only read with the reviewer role. Forms carry a token bound to the session, and requests another site
 * makes are refused.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkState, type ReviewStore, type TokenError, verifyShareToken } from '@strategi/review';

export interface HostedAccess {
  store: ReviewStore;
  /** The key share links are signed with (the review server's). */
  secret: Uint8Array;
  secureCookie?: boolean;
}

export interface Session {
  id: string;
  /** The share link's name (the author of commits made in the session); undefined locally. */
  name: string | undefined;
  canEdit: boolean;
}

export const LOCAL_SESSION: Session = { id: 'lokal', name: undefined, canEdit: true };

export class Access {
  readonly hosted: HostedAccess | undefined;
  readonly #secret: Uint8Array;
  readonly #now: () => Date;

  constructor(hosted: HostedAccess | undefined, now: () => Date = () => new Date()) {
    this.hosted = hosted;
    this.#secret = hosted?.secret ?? randomBytes(32);
    this.#now = now;
  }

  /** The session of a share link's token, or undefined when the link is forged, expired, revoked or unknown. */
  async sessionOf(token: string): Promise<{ session: Session; expiresAt: Date } | undefined> {
    if (!this.hosted) return undefined;
    try {
      const claims = await verifyShareToken(token, this.hosted.secret, this.#now());
      const link = await this.hosted.store.getLink(claims.linkId);
      if (!link || linkState(link, this.#now()) !== 'active') return undefined;
      return { session: { id: link.id, name: link.name, canEdit: link.role === 'editor' }, expiresAt: new Date(link.expiresAt) };
    } catch (error) {
      if ((error as TokenError).reason) return undefined;
      throw error;
    }
  }

  /** The token a session's forms carry: an HMAC with the server's key, so it needs no storage. */
  csrfToken(session: Session): string {
    return createHmac('sha256', this.#secret).update(`redigering:${session.id}`).digest('base64url');
  }

  validCsrfToken(session: Session, token: string | undefined): boolean {
    if (!token) return false;
    const expected = Buffer.from(this.csrfToken(session));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** True when the browser says the request comes from another site or origin. */
export function fromAnotherSite(headers: { origin: string | undefined; host: string | undefined; fetchSite: string | undefined }): boolean {
  if (headers.fetchSite && headers.fetchSite !== 'same-origin' && headers.fetchSite !== 'none') return true;
  if (headers.origin === undefined) return false;
  try {
    return new URL(headers.origin).host !== headers.host;
  } catch {
    return true;
  }
}
