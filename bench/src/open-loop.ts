/**
 * Open-loop load: each reviewer acts every few seconds whether or not the server has answered the last request, as
 * people reading and commenting do, so a slow server meets the same arrivals instead of fewer (a closed loop, where
 * each client waits for its answer, lowers the load exactly when the server falls behind).
 */

export interface Arrival {
  /** Milliseconds from the start of the run. */
  at: number;
  reviewer: number;
  action: 'read' | 'post';
}

export interface OpenLoopOptions {
  reviewers: number;
  durationMs: number;
  /** Each reviewer's pause between two actions is drawn evenly from this range, in milliseconds. */
  gapMs: [number, number];
  /** The share of actions that post a comment; the others read a page. */
  postShare: number;
  seed?: number;
}

/** A small deterministic generator (mulberry32), so that every run meets the same arrivals. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every action of the run in time order; each reviewer starts at a random point of its first pause. */
export function arrivals({ reviewers, durationMs, gapMs: [low, high], postShare, seed = 33 }: OpenLoopOptions): Arrival[] {
  const next = random(seed);
  const gap = () => low + next() * (high - low);
  const all: Arrival[] = [];
  for (let reviewer = 0; reviewer < reviewers; reviewer++) {
    for (let at = next() * high; at < durationMs; at += gap()) all.push({ at, reviewer, action: next() < postShare ? 'post' : 'read' });
  }
  return all.sort((a, b) => a.at - b.at || a.reviewer - b.reviewer);
}

/**
 * Starts every arrival at its time without waiting for the ones before, and gives each one's latency from the
 * time it was due (not from when the timer fired), so that a late start counts against the server.
 */
export async function runOpenLoop(
  schedule: Arrival[],
  act: (arrival: Arrival, index: number) => Promise<void>,
): Promise<{ arrival: Arrival; latencyMs: number }[]> {
  const started = performance.now();
  const results: { arrival: Arrival; latencyMs: number }[] = [];
  await Promise.all(
    schedule.map(async (arrival, index) => {
      const wait = started + arrival.at - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await act(arrival, index);
      results.push({ arrival, latencyMs: performance.now() - started - arrival.at });
    }),
  );
  return results;
}
