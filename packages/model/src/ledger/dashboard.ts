import { type MeasureStatus, measureStatuses } from '@strategi/schema';
import { ownersVerdict, type Verdict, verdictsDisagree } from '../indicators/agreement.ts';
import { assessIndicator, type IndicatorStatus } from '../indicators/status.ts';
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

/**
 * An indicator's status by its declared rule beside the owners' verdict on the measures of the goal it follows, as
 * the goal's page shows it. An indicator that follows two goals is compared with each.
 */
export interface IndicatorComparison {
  indicator: string;
  title: string;
  goal: string;
  computed: IndicatorStatus;
  /** Off track when any of the goal's measures is reported delayed or stopped; undefined when it has none. */
  owners: Verdict | undefined;
  /** How many of the goal's measures are reported delayed or stopped. */
  offTrack: number;
  /** The two verdicts differ («Vurderingene spriker»). */
  disagree: boolean;
}

/** What a reader sees for one focus area or goal. */
export interface DashboardPart {
  id: string;
  title: string;
  /** The measures by the status their owners report, on the day. */
  byStatus: Record<MeasureStatus, number>;
  measures: string[];
  /** The indicators of the goal (of each of the area's goals), each with its computed status beside the owners'. */
  indicators: IndicatorComparison[];
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
 * status, its indicators' computed status beside the owners', milestones overdue and what changed since the last
 * progress report published by then (`reports`, oldest first, as `publishedReports` gives them). The site and
 * `strategi status --format json` show the same object.
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
  const { index } = edition;
  const measuresOf = (goal: Doc<'goal'>) => index.sources<'measure'>(goal, 'measure.goals');
  const compare = (goal: Doc<'goal'>): IndicatorComparison[] => {
    const statuses = measuresOf(goal).map((measure) => statusOn(measure, today, sources));
    return index.sources<'indicator'>(goal, 'indicator.goals').map((indicator) => {
      const computed = assessIndicator(indicator.data).status;
      return {
        indicator: indicator.id,
        title: indicator.data.title,
        goal: goal.id,
        computed,
        owners: ownersVerdict(statuses),
        offTrack: statuses.filter((status) => status === 'forsinket' || status === 'stanset').length,
        disagree: verdictsDisagree(computed, statuses),
      };
    });
  };
  const part = (id: string, title: string, goals: readonly Doc<'goal'>[]): DashboardPart => {
    // A measure of two goals in one area is counted once for the area.
    const of = new Set(goals.flatMap(measuresOf));
    const measures = index.byKind.measure.filter((measure) => of.has(measure));
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
      indicators: goals.flatMap(compare),
      overdueMilestones: measures.flatMap((m) => overdueMilestones(m, today)),
      changedSinceReport,
    };
  };
  const focusAreas = [...index.byKind.focusArea]
    .sort((a, b) => a.data.order - b.data.order)
    .map((area) => {
      const goals = index.sources<'goal'>(area, 'goal.focusArea');
      return { ...part(area.id, area.data.title, goals), goals: goals.map((goal) => part(goal.id, goal.data.title, [goal])) };
    });
  return { today, lastReport, focusAreas };
}
