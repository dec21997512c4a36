/**
 * Progress reports on the public site. Reports are dated documents of their own in the content's working folder,
 * published on their own dates: the site shows a report from the day in its `published` field (the model checks its
 * seal), never a draft, and only for measures the edition shown has — a report cannot bring an unreleased measure
 * onto a public page.
 */
import {
  type Doc,
  type Edition,
  isOverdue,
  latestReported,
  publishedReports,
  type Reported,
  type ReportedStatus,
  reportedStatuses,
  statusesOfMeasure,
  statusOn,
} from '@strategi/model';
import type { MeasureStatus } from '@strategi/schema';

/** The reports published on or before `day`, oldest reporting date first. */
export function reportsBy(working: Pick<Edition, 'index'>, day: string): Doc<'progressReport'>[] {
  return publishedReports(working, day);
}

/** Reported statuses by measure id, for the rollup and the measure pages. */
export function reportedOn(reports: readonly Doc<'progressReport'>[]): Reported {
  return reportedStatuses(reports);
}

/** Where a measure stands on `day` as the page says it: the latest reported status and its date, or none. */
export interface MeasureStanding {
  /** The latest reported status on or before the day, if any report gave one. */
  latest: ReportedStatus | undefined;
  /** Every reported status on or before the day, oldest first. */
  history: ReportedStatus[];
  /** Past its deadline on the day and neither done nor stopped. */
  overdue: boolean;
}

export function standingOf(measure: Doc<'measure'>, reported: Reported, day: string): MeasureStanding {
  const history = statusesOfMeasure(measure, reported).filter((status) => status.date <= day);
  return { latest: latestReported(history, day), history, overdue: isOverdue(measure, day, reported) };
}

/** One line of what a report changed: a measure of the edition, its status before the report and after. */
export interface ReportChange {
  measure: Doc<'measure'>;
  before: MeasureStatus;
  after: MeasureStatus;
  note: string | undefined;
}

/**
 * What each report changed for the measures of `edition`: the status before it (from the text and the reports
 * published before it) and the status it gave. Entries for measures the edition does not have are left out.
 */
export function reportChanges(edition: Edition, reports: readonly Doc<'progressReport'>[]): { report: Doc<'progressReport'>; changes: ReportChange[] }[] {
  const byId = (id: string) => {
    const doc = edition.index.resolve(id);
    return doc?.kind === 'measure' ? doc : undefined;
  };
  return reports.map((report, i) => {
    const earlier = reportedStatuses(reports.slice(0, i));
    const changes = report.data.entries.flatMap((entry): ReportChange[] => {
      const measure = byId(entry.measure);
      if (!measure) return [];
      // Before the report: the text's dated history and the reports published before it, on the report's day.
      const before = statusOn(measure, report.data.date, earlier);
      return [{ measure, before, after: entry.status, note: entry.note }];
    });
    return { report, changes };
  });
}

/** True when the edition's measure pages and progress page take the reports: the current version, or the working draft in the preview. */
export function takesReports(edition: Edition, current: Edition | undefined): boolean {
  return edition === current || edition.status === 'working';
}
