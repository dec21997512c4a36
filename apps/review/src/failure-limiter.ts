/**
 * Counts failed tokens per client address and refuses an address that has had too many in a while, so that
 * links cannot be guessed. In memory: with several servers each keeps its own count, which still bounds the rate.
 */
export interface FailureLimiterOptions {
  /** Failures allowed within the window. Default 10. */
  limit?: number;
  /** Default 15 minutes. */
  windowMs?: number;
  now?: () => number;
}

export class FailureLimiter {
  readonly #failures = new Map<string, number[]>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(options: FailureLimiterOptions = {}) {
    this.#limit = options.limit ?? 10;
    this.#windowMs = options.windowMs ?? 15 * 60_000;
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

  fail(key: string): void {
    const times = this.#recent(key);
    times.push(this.#now());
    this.#failures.set(key, times);
    // Bound the memory an attacker with many addresses can take: forget the oldest entries.
    if (this.#failures.size > 10_000) {
      for (const old of [...this.#failures.keys()].slice(0, 1_000)) this.#failures.delete(old);
    }
  }
}
