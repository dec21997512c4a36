/**
 * Counts failures per key within a window and refuses a key that has had too many, so that share links cannot be
 * guessed and a store is not hammered. The session check keys it twice: by client address for tokens whose
 * signature is false, and by token for signed tokens whose link is gone — so a neighbour behind the same address
 * (an office NAT) with a valid link is never locked out by someone else's bad tokens. In memory: with several
 * servers each keeps its own count, which still bounds the rate.
 */
export interface FailureLimiterOptions {
  /** Failures allowed within the window. Default 10. */
  limit?: number;
  /** Default 15 minutes. */
  windowMs?: number;
  /** Keys remembered at most; the oldest are forgotten first. Default 10,000. */
  maxKeys?: number;
  now?: () => number;
}

export class FailureLimiter {
  readonly #failures = new Map<string, number[]>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  readonly #now: () => number;

  constructor(options: FailureLimiterOptions = {}) {
    this.#limit = options.limit ?? 10;
    this.#windowMs = options.windowMs ?? 15 * 60_000;
    this.#maxKeys = options.maxKeys ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  #recent(key: string): number[] {
    const since = this.#now() - this.#windowMs;
    const times = (this.#failures.get(key) ?? []).filter((time) => time > since);
    if (times.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, times);
    return times;
  }

  blocked(key: string): boolean {
    return this.#recent(key).length >= this.#limit;
  }

  /** Seconds until the key may try again (at least 1), or 0 when it is not blocked. */
  retryAfter(key: string): number {
    const times = this.#recent(key);
    if (times.length < this.#limit) return 0;
    const freeAt = times[times.length - this.#limit]! + this.#windowMs;
    return Math.max(1, Math.ceil((freeAt - this.#now()) / 1000));
  }

  fail(key: string): void {
    const times = this.#recent(key);
    times.push(this.#now());
    this.#failures.delete(key);
    this.#failures.set(key, times);
    // Bound the memory an attacker with many addresses or tokens can take: forget the oldest keys.
    if (this.#failures.size > this.#maxKeys) {
      for (const old of [...this.#failures.keys()].slice(0, Math.ceil(this.#maxKeys / 10))) this.#failures.delete(old);
    }
  }
}
