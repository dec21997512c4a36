import type { MeasureStatus } from '@strategi/schema';
import { type ReportedStatus, reportedStatuses, statusesOfMeasure } from './reports.ts';
import type { Doc, Edition } from './types.ts';

/** Where a measure's status comes from: the version's own text, or a published progress report. */
export type StatusSource =
  | { kind: 'strategy-text' /** The edition's id (`utkast` for the working draft). */; version: string }
  | { kind: 'progress-report'; id: string; title: string /** The day the report's statuses are as of. */; date: string; published: string };

/** What a reader is told about a measure's status: the status, the day it was set, and who says so. */
export interface MeasureStatusAnswer {
  status: MeasureStatus;
  /**
   * The day the status was set: the report entry's date (else the report's), the text's latest history entry,
   * else the version's date. Undefined when nothing dates it (the working draft's measure without history).
   */
  asOf: string | undefined;
  source: StatusSource;
  /** The report's note on the entry, when a report gave the status. */
  note: string | undefined;
}

export interface StatusMoment {
  /** The moment asked about (YYYY-MM-DD): reports published after it are not shown yet, nor statuses dated after it. */
  at: string;
  /** The progress reports the caller may show for this edition (drafts and later publications are left out here). */
  reports: readonly Doc<'progressReport'>[];
}

/**
 * The status of `measure` in `edition` at a moment, the one answer every view and export gives. The text's status
 * is dated by its latest history entry on or before the moment (before the first one it is `planlagt`), or, with
 * no history, by the version's date. A report published by the moment whose status is dated on or after the text's
 * wins: it is the later word. A report dated before the text's status (older than the version, or than the history
 * entry the text records) does not.
 */
export function measureStatus(edition: Pick<Edition, 'id' | 'version'>, measure: Doc<'measure'>, { at, reports }: StatusMoment): MeasureStatusAnswer {
  const text = textStatus(edition, measure, at);
  const latest = statusesOfMeasure(measure, byMeasureOf(reports))
    .filter((entry) => entry.date <= at && isPublishedBy(entry.report, at))
    .at(-1);
  if (latest && (text.asOf === undefined || latest.date >= text.asOf)) return fromReport(latest);
  return text;
}

function textStatus(edition: Pick<Edition, 'id' | 'version'>, measure: Doc<'measure'>, at: string): MeasureStatusAnswer {
  const source = { kind: 'strategy-text', version: edition.id } as const;
  const history = measure.data.history;
  if (history.length === 0) return { status: measure.data.status, asOf: edition.version?.date, source, note: undefined };
  const entry = history.filter((item) => item.date <= at).at(-1);
  return entry ? { status: entry.status, asOf: entry.date, source, note: undefined } : { status: 'planlagt', asOf: undefined, source, note: undefined };
}

function fromReport(entry: ReportedStatus): MeasureStatusAnswer {
  const { id, data } = entry.report;
  return {
    status: entry.status,
    asOf: entry.date,
    source: { kind: 'progress-report', id, title: data.title, date: data.date, published: data.published! },
    note: entry.note,
  };
}

const isPublishedBy = (report: Doc<'progressReport'>, at: string) => report.data.published !== undefined && report.data.published <= at;

// Views ask about every measure with the same list of reports; index it once per list.
const indexed = new WeakMap<readonly Doc<'progressReport'>[], Map<string, ReportedStatus[]>>();

function byMeasureOf(reports: readonly Doc<'progressReport'>[]): Map<string, ReportedStatus[]> {
  let byMeasure = indexed.get(reports);
  if (!byMeasure) {
    byMeasure = reportedStatuses(reports);
    indexed.set(reports, byMeasure);
  }
  return byMeasure;
}
