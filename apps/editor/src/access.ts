/**
 * Who may use the editor: locally one session that may edit; hosted, the reader of a share link made for the editor
 * (its audience), checked on every request through `@strategi/hosting`'s sessions — signature, the link's row, not
 * expired or revoked. Only the editor role may change anything; a reviewer reads the forms. A review-server link,
 * whatever its role, never opens the editor. Forms carry a token bound to the session.
 */
import { randomBytes } from 'node:crypto';
import { type Authenticated, csrfToken, FailureLimiter, ShareSessions, validCsrfToken } from '@strategi/hosting';
import { type ReviewStore, type ShareClaims, type ShareLink, shareLinkSource } from '@strategi/review';

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

/** The scope of the editor's form tokens: a review server sharing the key cannot make one. */
const CSRF_SCOPE = 'editor';

export class Access {
  readonly hosted: HostedAccess | undefined;
  readonly #secret: Uint8Array;
  readonly #sessions: ShareSessions<ShareClaims, ShareLink> | undefined;

  constructor(hosted: HostedAccess | undefined, now: () => Date = () => new Date(), limiter: FailureLimiter = new FailureLimiter()) {
    this.hosted = hosted;
    this.#secret = hosted?.secret ?? randomBytes(32);
    this.#sessions = hosted ? new ShareSessions(shareLinkSource({ store: hosted.store, secret: hosted.secret, audience: 'editor', now }), limiter) : undefined;
  }

  /** The session of a share link's token; refused for a forged, expired, revoked or review link, or when throttled. */
  async sessionOf(token: string, address: string): Promise<Authenticated<Session>> {
    if (!this.#sessions) return { ok: false, reason: 'invalid' };
    const result = await this.#sessions.authenticate(token, address);
    if (!result.ok) return result;
    const link = result.session;
    return { ok: true, session: { id: link.id, name: link.name, canEdit: link.role === 'editor' }, expiresAt: result.expiresAt };
  }

  /** The token a session's forms carry: an HMAC with the server's key, so it needs no storage. */
  csrfToken(session: Session): string {
    return csrfToken(this.#secret, CSRF_SCOPE, session.id);
  }

  validCsrfToken(session: Session, token: string | undefined): boolean {
    return validCsrfToken(this.#secret, CSRF_SCOPE, session.id, token);
  }
}
