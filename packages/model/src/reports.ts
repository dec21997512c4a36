import { type MeasureStatus, progressReportSchema, type ReportEntry } from '@strategi/schema';
import type { Doc, Edition } from './types.ts';
import { sealOf } from './versions/seal.ts';

/**
 * The seal of a progress report: the hash of its data (after defaults, without the seal) and its body, as
 * `sealOf` makes it for a version description. Written when the report is published; a hand edit breaks it.
 */
export function reportSealOf(data: Readonly<Record<string, unknown>>, body: string): string {
  return sealOf({ ...data }, body);
}

/**
 * The frontmatter of a report published on `published`, sealed: what `strategi import status --published` writes. Throws when the frontmatter is not a valid report (the commands check it first).
 */
export function sealedReport(frontmatter: Readonly<Record<string, unknown>>, body: string, published: string): Record<string, unknown> {
  const { seal: _old, ...rest } = frontmatter;
  const written = { ...rest, published };
  const data = progressReportSchema.parse(written);
  return { ...written, seal: reportSealOf(data, body.trim()) };
}

/**
 * The reports the public may read on `day`: published on or before it, oldest reporting date first (then by
 * publication). A report without `published` is a draft and is never among them; the seal rule makes sure a
 * published one is as it was published.
 */
export function publishedReports(edition: Pick<Edition, 'index'>, day: string): Doc<'progressReport'>[] {
  return edition.index.byKind.progressReport
    .filter((report) => report.data.published !== undefined && report.data.published <= day)
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.data.published!.localeCompare(b.data.published!));
}

/** One status a report gave a measure, dated as the report says. */
export interface ReportedStatus {
  measure: string;
  status: MeasureStatus;
  /** The day the status was set: the entry's own date, else the report's. */
  date: string;
  note: string | undefined;
  report: Doc<'progressReport'>;
}

/** The statuses of `reports` by measure id, oldest first. Ids are as written; the caller resolves former ids. */
export function reportedStatuses(reports: readonly Doc<'progressReport'>[]): Map<string, ReportedStatus[]> {
  const byMeasure = new Map<string, ReportedStatus[]>();
  for (const report of reports) {
    for (const entry of report.data.entries) {
      const list = byMeasure.get(entry.measure) ?? [];
      list.push(reported(entry, report));
      byMeasure.set(entry.measure, list);
    }
  }
  for (const list of byMeasure.values()) list.sort((a, b) => a.date.localeCompare(b.date) || a.report.data.date.localeCompare(b.report.data.date));
  return byMeasure;
}

function reported(entry: ReportEntry, report: Doc<'progressReport'>): ReportedStatus {
  return { measure: entry.measure, status: entry.status, date: entry.date ?? report.data.date, note: entry.note, report };
}

/**
 * A measure's statuses from the reports, found by its id or a former id (a report written before a rename still
 * counts), oldest first.
 */
export function statusesOfMeasure(measure: Doc<'measure'>, byMeasure: ReadonlyMap<string, readonly ReportedStatus[]>): ReportedStatus[] {
  return [measure.id, ...measure.data.aliases]
    .flatMap((id) => byMeasure.get(id) ?? [])
    .sort((a, b) => a.date.localeCompare(b.date) || a.report.data.date.localeCompare(b.report.data.date));
}
