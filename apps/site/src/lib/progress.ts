/**
 * The progress overview: the model's rollup (`editionRollup`) per focus area and per goal, on the build day or on
 * the date of a version. The figures come only from the measures' status history and deadlines in the content.
 */
import { type Doc, type Edition, editionRollup, type Rollup } from '@strategi/model';

interface GoalProgress {
  goal: Doc<'goal'>;
  rollup: Rollup;
}

export interface AreaProgress {
  area: Doc<'focusArea'>;
  rollup: Rollup;
  goals: GoalProgress[];
}

/** Rollups of an edition on `day` with the reports it counts, focus areas in their order with their goals. */
export function progressOn(edition: Edition, day: string, reports: readonly Doc<'progressReport'>[] = []): { total: Rollup; areas: AreaProgress[] } {
  const rollup = editionRollup(edition, day, reports);
  const areas = edition.index.byKind.focusArea.map((area) => ({
    area,
    rollup: rollup.byFocusArea.get(area.id)!,
    goals: edition.index.sources(area, 'goal.focusArea').map((goal) => ({ goal, rollup: rollup.byGoal.get(goal.id)! })),
  }));
  return { total: rollup.total, areas };
}

/**
 * The days the overview is pre-rendered for: the date of every version the build shows (the working draft has
 * none) and the publication day of every report, each once, oldest first, and none after `today`.
 */
export function progressDays(editions: readonly Edition[], today: string, reports: readonly Doc<'progressReport'>[] = []): string[] {
  const released = editions.flatMap((edition) => (edition.version ? [edition.version.date] : []));
  // A report's publication day is a day the overview changed too.
  const days = [...released, ...reports.flatMap((report) => (report.data.published ? [report.data.published] : []))].filter((day) => day <= today);
  return [...new Set(days)].sort();
}

/** The versions released on a day, for naming the dates in the list. */
export function editionsReleasedOn(editions: readonly Edition[], day: string): Edition[] {
  return editions.filter((edition) => edition.version?.date === day);
}
