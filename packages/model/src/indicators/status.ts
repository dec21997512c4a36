import type { DataPoint, IndicatorRule } from '@strategi/schema';

/** What the rule says of an indicator, from reached to undecided. */
export const indicatorStatuses = ['nådd', 'på-vei', 'ikke-på-vei', 'for-lite-data'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

/** What the status is computed from, as the indicator's file declares it. */
export interface IndicatorSeries {
  baseline: { date: string; value: number };
  targets: readonly { year: number; value: number }[];
  points: readonly DataPoint[];
  rule: IndicatorRule;
}

/** The status and every number it was decided on, so that a reader can redo the computation. */
export interface IndicatorAssessment {
  status: IndicatorStatus;
  /** The latest point after the baseline; undefined with too little data. */
  latest: DataPoint | undefined;
  /** The value the straight line gives on the latest point's date. */
  expected: number | undefined;
  /** The furthest behind the line a value may be and still be on track (`expected` less the tolerance). */
  threshold: number | undefined;
  /** The last target: reaching it is «nådd». */
  goal: { year: number; value: number };
  /** 1 when higher values are better (the last target is at or above the baseline), -1 when lower are. */
  direction: 1 | -1;
}

/**
 * A date as a point on the time axis, in years: 2024 is the start of 2024, 2024-07 the start of July. A target for
 * 2030 sits at 2030 too, so a value dated 2030 is compared with the target for 2030.
 */
export function timeOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return year;
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (Date.UTC(year, month - 1, day ?? 1) - start) / length;
}

/**
 * The straight line from the baseline through the targets in year order: the value the plan expects at `time`.
 * Before the baseline it is the baseline; after the last target, the last target.
 */
export function expectedAt(series: Pick<IndicatorSeries, 'baseline' | 'targets'>, time: number): number {
  const knots = [
    { time: timeOf(series.baseline.date), value: series.baseline.value },
    ...[...series.targets].sort((a, b) => a.year - b.year).map((target) => ({ time: target.year, value: target.value })),
  ].filter((knot, i, all) => i === 0 || knot.time > all[0]!.time);
  let value = knots[0]!.value;
  for (let i = 1; i < knots.length; i++) {
    const from = knots[i - 1]!;
    const to = knots[i]!;
    if (time >= to.time) value = to.value;
    else {
      if (time > from.time) value = from.value + ((to.value - from.value) * (time - from.time)) / (to.time - from.time);
      break;
    }
  }
  return value;
}

/**
 * The status by the indicator's declared rule (`linear-path`): «nådd» when the latest value is at or past the last
 * target; «på vei» when it is no further behind the straight line than `tolerance` times the line's value there
 * (ahead of the line is on track); otherwise «ikke på vei»; «for lite data» with no point after the baseline.
 */
export function assessIndicator(series: IndicatorSeries): IndicatorAssessment {
  const goal = [...series.targets].sort((a, b) => a.year - b.year).at(-1)!;
  const direction = goal.value >= series.baseline.value ? 1 : -1;
  const start = timeOf(series.baseline.date);
  const latest = series.points
    .filter((point) => timeOf(point.date) > start)
    .reduce<DataPoint | undefined>((last, point) => (last === undefined || timeOf(point.date) >= timeOf(last.date) ? point : last), undefined);
  if (!latest) return { status: 'for-lite-data', latest, expected: undefined, threshold: undefined, goal, direction };
  const expected = expectedAt(series, timeOf(latest.date));
  const threshold = expected - direction * series.rule.tolerance * Math.abs(expected);
  const ahead = (value: number, than: number) => direction * (value - than) >= 0;
  const status = ahead(latest.value, goal.value) ? 'nådd' : ahead(latest.value, threshold) ? 'på-vei' : 'ikke-på-vei';
  return { status, latest, expected, threshold, goal, direction };
}
