import type { MeasureStatus } from '@strategi/schema';
import { measureStatus } from './measure-status.ts';
import { dateBounds } from './rules/dates.ts';
import type { Doc, Edition } from './types.ts';

/** Where a measure stands on a given day, for the rollup. */
export type ProgressCategory = 'done' | 'on-schedule' | 'behind' | 'stopped' | 'no-deadline';

/** The counts of one group of measures (a goal, a focus area, the whole edition) on one day. */
export interface Rollup {
  total: number;
  done: number;
  onSchedule: number;
  behind: number;
  stopped: number;
  /** Planned or started, with no deadline: nothing says whether they are on schedule, so they count as neither. */
  noDeadline: number;
  /** Share done, 0–1; 0 for a group without measures. */
  shareDone: number;
  /** Share done or on schedule, 0–1. */
  shareDoneOrOnSchedule: number;
}

/**
 * What a measure's status is read from besides its own history: its edition (whose date dates a text without
 * history) and the progress reports the caller may show. Without it, the status comes from the text alone.
 */
export interface StatusSources {
  edition: Pick<Edition, 'id' | 'version'>;
  reports: readonly Doc<'progressReport'>[];
}

/** A measure's status on `day` (YYYY-MM-DD), as `measureStatus` answers it for that moment. */
export function statusOn(measure: Doc<'measure'>, day: string, sources?: StatusSources): MeasureStatus {
  const edition = sources?.edition ?? { id: '', version: undefined };
  return measureStatus(edition, measure, { at: day, reports: sources?.reports ?? [] }).status;
}

/**
 * The rollup category of a measure on `day`: past its deadline and not done counts as behind. A measure planned or
 * started with no deadline is on schedule only when its owner says so («i rute»): with no date to hold it to, the
 * rollup does not claim it for them.
 */
export function categoryOn(measure: Doc<'measure'>, day: string, sources?: StatusSources): ProgressCategory {
  const status = statusOn(measure, day, sources);
  if (status === 'fullført') return 'done';
  if (status === 'stanset') return 'stopped';
  if (status === 'forsinket' || isOverdue(measure, day, sources)) return 'behind';
  if (status !== 'i-rute' && measure.data.deadline === undefined) return 'no-deadline';
  return 'on-schedule';
}

/** True when the measure's deadline has passed on `day` and it is neither done nor stopped. A measure without a deadline is never overdue. */
export function isOverdue(measure: Doc<'measure'>, day: string, sources?: StatusSources): boolean {
  const { deadline } = measure.data;
  if (deadline === undefined) return false;
  const status = statusOn(measure, day, sources);
  return status !== 'fullført' && status !== 'stanset' && dateBounds(deadline).last < day;
}

export function rollupOf(measures: readonly Doc<'measure'>[], day: string, sources?: StatusSources): Rollup {
  const rollup = { total: measures.length, done: 0, onSchedule: 0, behind: 0, stopped: 0, noDeadline: 0 };
  const counts = { done: 'done', 'on-schedule': 'onSchedule', behind: 'behind', stopped: 'stopped', 'no-deadline': 'noDeadline' } as const;
  for (const measure of measures) rollup[counts[categoryOn(measure, day, sources)]]++;
  const share = (count: number) => (rollup.total === 0 ? 0 : count / rollup.total);
  return { ...rollup, shareDone: share(rollup.done), shareDoneOrOnSchedule: share(rollup.done + rollup.onSchedule) };
}

/**
 * Rollups per goal and per focus area (a measure counts once per focus area even if it serves two of its goals),
 * taking the progress reports the caller may show for the edition.
 */
export function editionRollup(
  edition: Edition,
  day: string,
  reports: readonly Doc<'progressReport'>[] = [],
): { total: Rollup; byGoal: Map<string, Rollup>; byFocusArea: Map<string, Rollup> } {
  const { index } = edition;
  const sources = { edition, reports };
  const measuresOf = (goal: Doc<'goal'>) => index.sources(goal, 'measure.goals');
  const byGoal = new Map(index.byKind.goal.map((goal) => [goal.id, rollupOf(measuresOf(goal), day, sources)]));
  const byFocusArea = new Map(
    index.byKind.focusArea.map((area) => {
      const measures = new Set(index.sources(area, 'goal.focusArea').flatMap(measuresOf));
      return [area.id, rollupOf([...measures], day, sources)];
    }),
  );
  return { total: rollupOf(index.byKind.measure, day, sources), byGoal, byFocusArea };
}
