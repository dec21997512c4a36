import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ownersVerdict, verdictsDisagree } from '../../src/indicators/agreement.ts';
import { assessIndicator, expectedAt, type IndicatorSeries, type IndicatorStatus, timeOf } from '../../src/indicators/status.ts';

/** From 80 in 2022 to 100 in 2030: the line rises 2.5 a year. */
const rising = (points: IndicatorSeries['points'], tolerance = 0.1): IndicatorSeries => ({
  baseline: { date: '2022', value: 80 },
  targets: [{ year: 2030, value: 100 }],
  points,
  rule: { method: 'linear-path', tolerance },
});

const rank: Record<IndicatorStatus, number> = { 'for-lite-data': -1, 'ikke-på-vei': 0, 'på-vei': 1, nådd: 2 };

describe('the straight line from the baseline through the targets', () => {
  test('dates are points on a year axis', () => {
    expect(timeOf('2024')).toBe(2024);
    expect(timeOf('2024-07')).toBeCloseTo(2024 + 182 / 366, 10);
    expect(timeOf('2023-01-01')).toBe(2023);
  });

  test('the line passes through the baseline and every target, and is flat outside them', () => {
    const series = {
      baseline: { date: '2022', value: 80 },
      targets: [
        { year: 2030, value: 100 },
        { year: 2026, value: 84 },
      ],
    };
    expect(expectedAt(series, 2020)).toBe(80);
    expect(expectedAt(series, 2022)).toBe(80);
    expect(expectedAt(series, 2024)).toBe(82);
    expect(expectedAt(series, 2026)).toBe(84);
    expect(expectedAt(series, 2028)).toBe(92);
    expect(expectedAt(series, 2031)).toBe(100);
  });
});

describe('the status by the declared rule', () => {
  test('too little data without a point after the baseline', () => {
    expect(assessIndicator(rising([])).status).toBe('for-lite-data');
    expect(assessIndicator(rising([{ date: '2022', value: 95 }])).status).toBe('for-lite-data');
  });

  test('the latest point decides, whatever the order in the file', () => {
    const series = rising([
      { date: '2026', value: 70 },
      { date: '2024', value: 99 },
    ]);
    expect(assessIndicator(series)).toMatchObject({ status: 'ikke-på-vei', latest: { date: '2026', value: 70 }, expected: 90, threshold: 81 });
  });

  test('exact at the boundaries: the threshold is on track, the target is reached', () => {
    // In 2026 the line is at 90; 10 % of 90 behind it is 81.
    expect(assessIndicator(rising([{ date: '2026', value: 81 }])).status).toBe('på-vei');
    expect(assessIndicator(rising([{ date: '2026', value: 80.999 }])).status).toBe('ikke-på-vei');
    expect(assessIndicator(rising([{ date: '2026', value: 100 }])).status).toBe('nådd');
    expect(assessIndicator(rising([{ date: '2026', value: 99.999 }])).status).toBe('på-vei');
    expect(assessIndicator(rising([{ date: '2026', value: 90 }], 0)).status).toBe('på-vei');
    expect(assessIndicator(rising([{ date: '2026', value: 89.999 }], 0)).status).toBe('ikke-på-vei');
  });

  test('a falling target: lower is better, and the tolerance lies above the line', () => {
    const falling: IndicatorSeries = {
      baseline: { date: '2022', value: 30 },
      targets: [{ year: 2030, value: 10 }],
      points: [{ date: '2026', value: 22 }],
      rule: { method: 'linear-path', tolerance: 0.1 },
    };
    // The line is at 20 in 2026, so up to 22 is on track.
    expect(assessIndicator(falling)).toMatchObject({ status: 'på-vei', expected: 20, threshold: 22, direction: -1 });
    expect(assessIndicator({ ...falling, points: [{ date: '2026', value: 22.001 }] }).status).toBe('ikke-på-vei');
    expect(assessIndicator({ ...falling, points: [{ date: '2027', value: 10 }] }).status).toBe('nådd');
  });

  const value = fc.double({ min: -1000, max: 1000, noNaN: true });
  const year = fc.integer({ min: 2023, max: 2035 });
  const seriesOf = fc.record({
    baseline: value,
    target: value,
    tolerance: fc.double({ min: 0, max: 1, noNaN: true }),
    at: year,
  });

  test('monotone in the value: a value better in the indicator’s direction never gets a worse status', () => {
    fc.assert(
      fc.property(seriesOf, value, value, ({ baseline, target, tolerance, at }, a, b) => {
        const series = (v: number): IndicatorSeries => ({
          baseline: { date: '2022', value: baseline },
          targets: [{ year: 2030, value: target }],
          points: [{ date: String(at), value: v }],
          rule: { method: 'linear-path', tolerance },
        });
        const direction = target >= baseline ? 1 : -1;
        const [worse, better] = direction * (a - b) <= 0 ? [a, b] : [b, a];
        expect(rank[assessIndicator(series(better)).status]).toBeGreaterThanOrEqual(rank[assessIndicator(series(worse)).status]);
      }),
    );
  });

  test('exact at the boundaries, for any line: the threshold itself is on track, the target itself is reached', () => {
    fc.assert(
      fc.property(seriesOf, ({ baseline, target, tolerance, at }) => {
        const base = {
          baseline: { date: '2022', value: baseline },
          targets: [{ year: 2030, value: target }],
          rule: { method: 'linear-path' as const, tolerance },
        };
        const { threshold } = assessIndicator({ ...base, points: [{ date: String(at), value: 0 }] });
        const atThreshold = assessIndicator({ ...base, points: [{ date: String(at), value: threshold! }] }).status;
        expect(['på-vei', 'nådd']).toContain(atThreshold);
        expect(assessIndicator({ ...base, points: [{ date: String(at), value: target }] }).status).toBe('nådd');
      }),
    );
  });
});

describe('the computed status beside the owners’', () => {
  test('the owners say off track when a measure is delayed or stopped, and nothing without measures', () => {
    expect(ownersVerdict([])).toBeUndefined();
    expect(ownersVerdict(['planlagt', 'i-rute', 'fullført'])).toBe('på-vei');
    expect(ownersVerdict(['i-rute', 'forsinket'])).toBe('ikke-på-vei');
    expect(ownersVerdict(['stanset'])).toBe('ikke-på-vei');
  });

  test('they disagree when both give a verdict and the verdicts differ', () => {
    expect(verdictsDisagree('ikke-på-vei', ['i-rute', 'fullført'])).toBe(true);
    expect(verdictsDisagree('nådd', ['forsinket'])).toBe(true);
    expect(verdictsDisagree('på-vei', ['i-rute'])).toBe(false);
    expect(verdictsDisagree('ikke-på-vei', ['forsinket'])).toBe(false);
    expect(verdictsDisagree('for-lite-data', ['i-rute'])).toBe(false);
    expect(verdictsDisagree('ikke-på-vei', [])).toBe(false);
  });
});
