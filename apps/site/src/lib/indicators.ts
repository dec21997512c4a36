/**
 * Indicators on the site: the model's assessment by the indicator's declared rule, the rows of its data table, and
 * the comparison with what the owners report of the goal's measures. The numbers come from the model; the words
 * from `packages/i18n`.
 */
import {
  assessIndicator,
  type Doc,
  type Edition,
  expectedAt,
  type IndicatorAssessment,
  ownersVerdict,
  timeOf,
  type Verdict,
  verdictsDisagree,
} from '@strategi/model';
import { type StatusView, statusShown } from './reports.ts';

/** One row of an indicator's table: the baseline, a measurement or a target, with the line's value on its date. */
export interface IndicatorRow {
  what: 'baseline' | 'measured' | 'target';
  date: string;
  value: number;
  /** The planned line's value on the row's date. */
  planned: number;
  source: string | undefined;
}

/** The indicator's status by its rule, with every number it was decided on. */
export const assessmentOf = (indicator: Doc<'indicator'>): IndicatorAssessment => assessIndicator(indicator.data);

/** The baseline, the measurements and the targets in date order (at one date: baseline, measurement, target). */
export function indicatorRows(indicator: Doc<'indicator'>): IndicatorRow[] {
  const { baseline, points, targets } = indicator.data;
  const planned = (date: string) => expectedAt(indicator.data, timeOf(date));
  const rows: IndicatorRow[] = [
    { what: 'baseline', date: baseline.date, value: baseline.value, planned: baseline.value, source: undefined },
    ...points.map((point) => ({ what: 'measured' as const, date: point.date, value: point.value, planned: planned(point.date), source: point.source })),
    ...targets.map((target) => ({ what: 'target' as const, date: String(target.year), value: target.value, planned: target.value, source: undefined })),
  ];
  const order = { baseline: 0, measured: 1, target: 2 };
  return rows.sort((a, b) => timeOf(a.date) - timeOf(b.date) || order[a.what] - order[b.what]);
}

/** The computed status of an indicator beside the owners' statuses of a goal's measures, and whether they disagree. */
export interface GoalComparison {
  assessment: IndicatorAssessment;
  owners: Verdict | undefined;
  /** How many of the goal's measures are reported delayed or stopped. */
  offTrack: number;
  disagree: boolean;
}

export function compareWithOwners(edition: Edition, goal: Doc<'goal'>, indicator: Doc<'indicator'>, view: StatusView): GoalComparison {
  const statuses = edition.index.sources<'measure'>(goal, 'measure.goals').map((measure) => statusShown(edition, measure, view).status);
  const assessment = assessmentOf(indicator);
  return {
    assessment,
    owners: ownersVerdict(statuses),
    offTrack: statuses.filter((status) => status === 'forsinket' || status === 'stanset').length,
    disagree: verdictsDisagree(assessment.status, statuses),
  };
}
