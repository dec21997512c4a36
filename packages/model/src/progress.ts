import type { MeasureStatus } from '@strategi/schema';
import { latestReported, type ReportedStatus, statusesOfMeasure } from './reports.ts';
import { dateBounds } from './rules/dates.ts';
import type { Doc, Edition } from './types.ts';

/** Where a measure stands on a given day, for the rollup. */
export type ProgressCategory = 'done' | 'on-schedule' | 'behind' | 'stopped';

/** The counts of one group of measures (a goal, a focus area, the whole edition) on one day. */
export interface Rollup {
  total: number;
  done: number;
  onSchedule: number;
  behind: number;
  stopped: number;
  /** Share done, 0–1; 0 for a group without measures. */
  shareDone: number;
  /** Share done or on schedule, 0–1. */
  shareDoneOrOnSchedule: number;
}

/** Reported statuses by measure id (`reportedStatuses` of the reports published by the day in question). */
export type Reported = ReadonlyMap<string, readonly ReportedStatus[]>;

const none: Reported = new Map();

/**
 * A measure's status on `day` (YYYY-MM-DD): the latest dated status on or before that day, from the measure's own
 * history and from the progress reports given (a report wins a tie: it is the later word). Before the first entry
 * it is `planlagt`; a measure without history or reported status has its `status` on every day.
 */
export function statusOn(measure: Doc<'measure'>, day: string, reported: Reported = none): MeasureStatus {
  const history = measure.data.history;
  const fromReports = statusesOfMeasure(measure, reported);
  if (history.length === 0 && fromReports.length === 0) return measure.data.status;
  let status: MeasureStatus = history.length === 0 ? measure.data.status : 'planlagt';
  let date = '';
  for (const entry of history) {
    if (entry.date <= day) {
      status = entry.status;
      date = entry.date;
    }
  }
  const latest = latestReported(fromReports, day);
  if (latest && latest.date >= date) status = latest.status;
  return status;
}

/** The rollup category of a measure on `day`: past its deadline and not done counts as behind. */
export function categoryOn(measure: Doc<'measure'>, day: string, reported: Reported = none): ProgressCategory {
  const status = statusOn(measure, day, reported);
  if (status === 'fullført') return 'done';
  if (status === 'stanset') return 'stopped';
  if (status === 'forsinket' || isOverdue(measure, day, reported)) return 'behind';
  return 'on-schedule';
}

/** True when the measure's deadline has passed on `day` and it is neither done nor stopped. */
export function isOverdue(measure: Doc<'measure'>, day: string, reported: Reported = none): boolean {
  const status = statusOn(measure, day, reported);
  return status !== 'fullført' && status !== 'stanset' && dateBounds(measure.data.deadline).last < day;
}

export function rollupOf(measures: readonly Doc<'measure'>[], day: string, reported: Reported = none): Rollup {
  const rollup = { total: measures.length, done: 0, onSchedule: 0, behind: 0, stopped: 0 };
  for (const measure of measures) {
    const category = categoryOn(measure, day, reported);
    if (category === 'done') rollup.done++;
    else if (category === 'on-schedule') rollup.onSchedule++;
    else if (category === 'behind') rollup.behind++;
    else rollup.stopped++;
  }
  const share = (count: number) => (rollup.total === 0 ? 0 : count / rollup.total);
  return { ...rollup, shareDone: share(rollup.done), shareDoneOrOnSchedule: share(rollup.done + rollup.onSchedule) };
}

/** Rollups per goal and per focus area (a measure counts once per focus area even if it serves two of its goals). */
export function editionRollup(
  edition: Edition,
  day: string,
  reported: Reported = none,
): { total: Rollup; byGoal: Map<string, Rollup>; byFocusArea: Map<string, Rollup> } {
  const { index } = edition;
  const measuresOf = (goal: Doc<'goal'>) => index.sources(goal, 'measure.goals');
  const byGoal = new Map(index.byKind.goal.map((goal) => [goal.id, rollupOf(measuresOf(goal), day, reported)]));
  const byFocusArea = new Map(
    index.byKind.focusArea.map((area) => {
      const measures = new Set(index.sources(area, 'goal.focusArea').flatMap(measuresOf));
      return [area.id, rollupOf([...measures], day, reported)];
    }),
  );
  return { total: rollupOf(index.byKind.measure, day, reported), byGoal, byFocusArea };
}
