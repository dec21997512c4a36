import type { MeasureStatus } from '@strategi/schema';
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

/**
 * A measure's status on `day` (YYYY-MM-DD): the latest history entry on or before that day. Before the first
 * entry it is `planned`; a measure without history has its `status` on every day.
 */
export function statusOn(measure: Doc<'measure'>, day: string): MeasureStatus {
  const history = measure.data.history;
  if (history.length === 0) return measure.data.status;
  let status: MeasureStatus = 'planlagt';
  for (const entry of history) if (entry.date <= day) status = entry.status;
  return status;
}

/** The rollup category of a measure on `day`: past its deadline and not done counts as behind. */
export function categoryOn(measure: Doc<'measure'>, day: string): ProgressCategory {
  const status = statusOn(measure, day);
  if (status === 'fullført') return 'done';
  if (status === 'stanset') return 'stopped';
  if (status === 'forsinket' || dateBounds(measure.data.deadline).last < day) return 'behind';
  return 'on-schedule';
}

export function rollupOf(measures: readonly Doc<'measure'>[], day: string): Rollup {
  const rollup = { total: measures.length, done: 0, onSchedule: 0, behind: 0, stopped: 0 };
  for (const measure of measures) {
    const category = categoryOn(measure, day);
    if (category === 'done') rollup.done++;
    else if (category === 'on-schedule') rollup.onSchedule++;
    else if (category === 'behind') rollup.behind++;
    else rollup.stopped++;
  }
  const share = (count: number) => (rollup.total === 0 ? 0 : count / rollup.total);
  return { ...rollup, shareDone: share(rollup.done), shareDoneOrOnSchedule: share(rollup.done + rollup.onSchedule) };
}

/** Rollups per goal and per focus area (a measure counts once per focus area even if it serves two of its goals). */
export function editionRollup(edition: Edition, day: string): { total: Rollup; byGoal: Map<string, Rollup>; byFocusArea: Map<string, Rollup> } {
  const { index } = edition;
  const measuresOf = (goal: Doc<'goal'>) => index.sources(goal, 'measure.goals');
  const byGoal = new Map(index.byKind.goal.map((goal) => [goal.id, rollupOf(measuresOf(goal), day)]));
  const byFocusArea = new Map(
    index.byKind.focusArea.map((area) => {
      const measures = new Set(index.sources(area, 'goal.focusArea').flatMap(measuresOf));
      return [area.id, rollupOf([...measures], day)];
    }),
  );
  return { total: rollupOf(index.byKind.measure, day), byGoal, byFocusArea };
}
