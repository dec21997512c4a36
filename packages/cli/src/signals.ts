/** A command stopped by SIGINT or SIGTERM at a point where it could undo what it had begun. */
export class InterruptedError extends Error {
  readonly signal: 'SIGINT' | 'SIGTERM';
  constructor(signal: 'SIGINT' | 'SIGTERM') {
    super(`Avbrutt (${signal}).`);
    this.signal = signal;
  }
  /** The exit code a shell gives a process stopped by the signal: 128 + its number. */
  get exitCode(): number {
    return this.signal === 'SIGINT' ? 130 : 143;
  }
}

/**
 * Runs `work` with SIGINT and SIGTERM held: instead of ending the process half-way, a signal is noted, and `work`
 * asks `interrupted()` at the points where it can stop cleanly. The handlers are removed when `work` ends.
 */
export async function holdingSignals<T>(work: (interrupted: () => 'SIGINT' | 'SIGTERM' | undefined) => Promise<T>): Promise<T> {
  let received: 'SIGINT' | 'SIGTERM' | undefined;
  const onInt = () => {
    received ??= 'SIGINT';
  };
  const onTerm = () => {
    received ??= 'SIGTERM';
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    return await work(() => received);
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}
