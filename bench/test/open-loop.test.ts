import { expect, test } from 'vitest';
import { arrivals, runOpenLoop } from '../src/open-loop.ts';

const options = { reviewers: 50, durationMs: 60_000, gapMs: [2000, 6000] as [number, number], postShare: 0.2 };

test('each reviewer acts every few seconds, a fifth of the actions posts, and the schedule is the same every run', () => {
  const schedule = arrivals(options);
  expect(arrivals(options)).toEqual(schedule);
  // 50 reviewers, one action every 4 s on average, for 60 s: about 750 actions.
  expect(schedule.length).toBeGreaterThan(650);
  expect(schedule.length).toBeLessThan(850);
  const posts = schedule.filter((arrival) => arrival.action === 'post').length / schedule.length;
  expect(posts).toBeGreaterThan(0.15);
  expect(posts).toBeLessThan(0.25);
  for (let reviewer = 0; reviewer < options.reviewers; reviewer++) {
    const times = schedule.filter((arrival) => arrival.reviewer === reviewer).map((arrival) => arrival.at);
    expect(times[0]).toBeLessThan(6000);
    for (let i = 1; i < times.length; i++) {
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(2000);
      expect(times[i]! - times[i - 1]!).toBeLessThanOrEqual(6000);
    }
  }
  expect(schedule.map((arrival) => arrival.at)).toEqual(schedule.map((arrival) => arrival.at).sort((a, b) => a - b));
});

test('an arrival starts on time while earlier ones are still waiting for their answer', async () => {
  const schedule = [0, 20, 40, 60].map((at, reviewer) => ({ at, reviewer, action: 'read' as const }));
  let open = 0;
  let mostOpen = 0;
  const results = await runOpenLoop(schedule, async () => {
    open++;
    mostOpen = Math.max(mostOpen, open);
    await new Promise((resolve) => setTimeout(resolve, 100));
    open--;
  });
  // A closed loop with one client would have one request open at a time.
  expect(mostOpen).toBe(4);
  expect(results).toHaveLength(4);
});

test('a start held up by the client counts in the latency, from the time the arrival was due', async () => {
  const schedule = [0, 20].map((at, reviewer) => ({ at, reviewer, action: 'read' as const }));
  const results = await runOpenLoop(schedule, async (arrival) => {
    // The first blocks the process for 80 ms, so the second, due at 20 ms, starts about 60 ms late.
    if (arrival.reviewer === 0) {
      const until = performance.now() + 80;
      while (performance.now() < until);
    }
  });
  const second = results.find((result) => result.arrival.reviewer === 1)!;
  expect(second.latencyMs).toBeGreaterThan(50);
});
