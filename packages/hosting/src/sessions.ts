/**
 * Share-link sessions, independent of where links are stored: a token is first checked offline (signature,
 * audience, expiry — cheap), then against the store (the link still exists, is not revoked). Failures are counted
 * per address when the signature is false and per token when a signed token's link is refused, so a flood of bad
 * tokens is answered with 429 without touching the store, while a valid link behind the same address still works.
 */
import { createHash } from 'node:crypto';
import { FailureLimiter } from './failure-limiter.ts';

export type RefusedReason = 'invalid' | 'expired' | 'revoked';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: RefusedReason };

export interface SessionSource<Claims, Session> {
  /** Signature, audience, expiry; no store. */
  verify(token: string): Promise<Checked<Claims>>;
  /** The session behind valid claims, from the store. */
  load(claims: Claims): Promise<Checked<{ session: Session; expiresAt: Date }>>;
}

export type Authenticated<Session> =
  | { ok: true; session: Session; expiresAt: Date }
  | { ok: false; reason: RefusedReason }
  | { ok: false; reason: 'throttled'; retryAfter: number };

const tokenKey = (token: string) => `token:${createHash('sha256').update(token).digest('base64url')}`;
const addressKey = (address: string) => `address:${address}`;

export class ShareSessions<Claims, Session> {
  readonly #source: SessionSource<Claims, Session>;
  readonly limiter: FailureLimiter;

  constructor(source: SessionSource<Claims, Session>, limiter: FailureLimiter = new FailureLimiter()) {
    this.#source = source;
    this.limiter = limiter;
  }

  async authenticate(token: string, address: string): Promise<Authenticated<Session>> {
    const verified = await this.#source.verify(token);
    if (!verified.ok) {
      // An expired token was genuine once: it is not a guess, so it does not count against the address.
      if (verified.reason === 'expired') return verified;
      const key = addressKey(address);
      if (this.limiter.blocked(key)) return { ok: false, reason: 'throttled', retryAfter: this.limiter.retryAfter(key) };
      this.limiter.fail(key);
      return verified;
    }
    const key = tokenKey(token);
    if (this.limiter.blocked(key)) return { ok: false, reason: 'throttled', retryAfter: this.limiter.retryAfter(key) };
    const loaded = await this.#source.load(verified.value);
    if (!loaded.ok) {
      if (loaded.reason !== 'expired') this.limiter.fail(key);
      return loaded;
    }
    return { ok: true, ...loaded.value };
  }
}
