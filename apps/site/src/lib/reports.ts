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
  type MeasureStatusAnswer,
  measureStatus,
  publishedReports,
  type ReportedStatus,
  reportedStatuses,
  statusesOfMeasure,
  statusOn,
  today,
} from '@strategi/model';
import type { MeasureStatus } from '@strategi/schema';
import type { PageView } from './archive/view.ts';

/** The reports published on or before `day`, oldest reporting date first. */
export function reportsBy(working: Pick<Edition, 'index'>, day: string): Doc<'progressReport'>[] {
  return publishedReports(working, day);
}

/** What a page knows about the moment and the reports: its view (archive/view.ts) or the whole site's data. */
export type StatusView = Pick<PageView, 'today' | 'reports' | 'current'>;

/** The reports a page of `edition` counts: the current version's and the working draft's pages take them, others none. */
export function reportsOf(edition: Edition, view: Pick<StatusView, 'reports' | 'current'>): readonly Doc<'progressReport'>[] {
  return takesReports(edition, view.current) ? view.reports : [];
}

/**
 * A measure's status as every page, feed and export of the site says it: the model's `measureStatus` on the
 * page's day, with the reports the page counts. Nothing on the site reads `measure.data.status` directly.
 */
export function statusShown(edition: Edition, measure: Doc<'measure'>, view: StatusView): MeasureStatusAnswer {
  return measureStatus(edition, measure, { at: view.today, reports: reportsOf(edition, view) });
}

/**
 * The view of a version's archived output (pages under /versjoner/<id>/, its open data): its release day, no
 * reports. The working draft is never archived; it is read as of now.
 */
export function archivedView(edition: Edition): StatusView {
  return { today: edition.version?.date ?? today(), reports: [], current: undefined };
}

/**
 * The view of a version's open data (`data/<id>/`): the root's for the current version, whose files go with the
 * root's pages and so count the reports, the release day's (`archivedView`) for any other, as its archived pages.
 */
export function openDataView(edition: Edition, site: StatusView): StatusView {
  return takesReports(edition, site.current) ? site : archivedView(edition);
}

/** Where a measure stands on the page's day beyond its status: the reported history and the overdue mark. */
export interface MeasureStanding {
  /** Every reported status on or before the day, oldest first. */
  history: ReportedStatus[];
  /** Past its deadline on the day and neither done nor stopped. */
  overdue: boolean;
}

export function standingOf(edition: Edition, measure: Doc<'measure'>, view: StatusView): MeasureStanding {
  const reports = reportsOf(edition, view);
  const shown = new Set(reports.filter((report) => report.data.published! <= view.today));
  const history = statusesOfMeasure(measure, reportedStatuses([...shown])).filter((status) => status.date <= view.today);
  return { history, overdue: isOverdue(measure, view.today, { edition, reports }) };
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
    const earlier = { edition, reports: reports.slice(0, i) };
    const changes = report.data.entries.flatMap((entry): ReportChange[] => {
      const measure = byId(entry.measure);
      if (!measure) return [];
      // Before the report: what a reader was told the day it was published, from the text and the reports before it.
      const before = statusOn(measure, report.data.published!, earlier);
      return [{ measure, before, after: entry.status, note: entry.note }];
    });
    return { report, changes };
  });
}

/** True when the edition's measure pages and progress page take the reports: the current version, or the working draft in the preview. */
export function takesReports(edition: Edition, current: Edition | undefined): boolean {
  return edition === current || edition.status === 'working';
}

/**
 * Whether a measure's page shows the status history its text records («Statushistorikk») besides the reports'
 * section: not when that history is empty and the page takes the reports, which carry the history then (one
 * history, not an empty second one).
 */
export function showsTextHistory(measure: Doc<'measure'>, reported: boolean): boolean {
  return measure.data.history.length > 0 || !reported;
}
