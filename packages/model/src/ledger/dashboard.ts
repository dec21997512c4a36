import { type MeasureStatus, measureStatuses } from '@strategi/schema';
import { type StatusSources, statusOn } from '../progress.ts';
import { reportedStatuses, statusesOfMeasure } from '../reports.ts';
import { dateBounds } from '../rules/dates.ts';
import type { Doc, Edition } from '../types.ts';

/** A milestone whose planned date has passed without it being reached. */
export interface OverdueMilestone {
  measure: string;
  title: string;
  planned: string;
}

/** A measure whose status today differs from the one it had on the last progress report's date. */
export interface ChangedSinceReport {
  measure: string;
  from: MeasureStatus;
  to: MeasureStatus;
}

/** What a reader sees for one focus area or goal. */
export interface DashboardPart {
  id: string;
  title: string;
  /** The measures by the status their owners report, on the day. */
  byStatus: Record<MeasureStatus, number>;
  measures: string[];
  overdueMilestones: OverdueMilestone[];
  changedSinceReport: ChangedSinceReport[];
}

export interface Dashboard {
  today: string;
  /** The date of the last progress report published by `today`, which `changedSinceReport` compares with. */
  lastReport: string | undefined;
  focusAreas: (DashboardPart & { goals: DashboardPart[] })[];
}

/** Milestones of `measure` planned before `today` and not reached. */
export function overdueMilestones(measure: Doc<'measure'>, today: string): OverdueMilestone[] {
  return measure.data.milestones
    .filter((milestone) => milestone.planned !== undefined && milestone.done === undefined && dateBounds(String(milestone.planned)).last < today)
    .map((milestone) => ({ measure: measure.id, title: milestone.title, planned: String(milestone.planned) }));
}

/**
 * The reader's dashboard of an edition on `today`: for each focus area, and each goal under it, its measures by
 * status, milestones overdue and what changed since the last progress report published by then (`reports`, oldest
 * first, as `publishedReports` gives them). The site and `strategi status --format json` show the same object.
 */
export function dashboard(edition: Edition, today: string, reports: readonly Doc<'progressReport'>[]): Dashboard {
  const sources: StatusSources = { edition, reports };
  const lastReport = reports.at(-1)?.data.date;
  const reported = reportedStatuses(reports);
  // What the reports had said by the last one, or the text's own history on its date where they said nothing.
  const statusAtReport = (measure: Doc<'measure'>, day: string) =>
    statusesOfMeasure(measure, reported)
      .filter((entry) => entry.report.data.date <= day)
      .at(-1)?.status ?? statusOn(measure, day, { edition, reports: [] });
  const part = (id: string, title: string, measures: readonly Doc<'measure'>[]): DashboardPart => {
    const byStatus = Object.fromEntries(measureStatuses.map((status) => [status, 0])) as Record<MeasureStatus, number>;
    const changedSinceReport: ChangedSinceReport[] = [];
    for (const measure of measures) {
      const now = statusOn(measure, today, sources);
      byStatus[now]++;
      if (lastReport === undefined) continue;
      const then = statusAtReport(measure, lastReport);
      if (then !== now) changedSinceReport.push({ measure: measure.id, from: then, to: now });
    }
    return {
      id,
      title,
      byStatus,
      measures: measures.map((measure) => measure.id),
      overdueMilestones: measures.flatMap((m) => overdueMilestones(m, today)),
      changedSinceReport,
    };
  };
  const measuresFor = (goalIds: ReadonlySet<string>) => edition.index.byKind.measure.filter((measure) => measure.data.goals.some((id) => goalIds.has(id)));
  const focusAreas = [...edition.index.byKind.focusArea]
    .sort((a, b) => a.data.order - b.data.order)
    .map((area) => {
      const goals = edition.index.byKind.goal.filter((goal) => goal.data.focusArea === area.id);
      return {
        ...part(area.id, area.data.title, measuresFor(new Set(goals.map((goal) => goal.id)))),
        goals: goals.map((goal) => part(goal.id, goal.data.title, measuresFor(new Set([goal.id])))),
      };
    });
  return { today, lastReport, focusAreas };
}
