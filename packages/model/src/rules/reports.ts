import { createProblem, type Problem } from '@strategi/problems';
import { reportSealOf } from '../reports.ts';
import type { Doc } from '../types.ts';
import { type LinkRule, placeOfField } from './context.ts';

/**
 * A published progress report is sealed: its seal is the hash of everything else in it, written when it was
 * published, so that a status changed by hand afterwards is caught (the same immutability as a released version).
 */
export const publishedReportsSealed: LinkRule = (context) =>
  context.index.byKind.progressReport.flatMap((report): Problem[] => {
    const { published, seal } = report.data;
    if (published === undefined) return [];
    if (seal === undefined) return [createProblem('report/unsealed', { published }, report.file, placeOfField(report, 'published'))];
    if (seal !== reportSealOf(report.data, report.body)) return [createProblem('report/tampered', { published }, report.file, placeOfField(report, 'seal'))];
    return [];
  });

/** A report gives each measure one status, dated no later than the report itself. */
export const reportEntriesConsistent: LinkRule = (context) =>
  context.index.byKind.progressReport.flatMap((report: Doc<'progressReport'>) => {
    const problems: Problem[] = [];
    const first = new Map<string, number>();
    report.data.entries.forEach((entry, i) => {
      const earlier = first.get(entry.measure);
      if (earlier !== undefined) {
        problems.push(
          createProblem(
            'report/duplicate-measure',
            { measure: entry.measure, first: `${earlier + 1}. oppføring` },
            report.file,
            placeOfField(report, `entries.${i}.measure`),
          ),
        );
      } else first.set(entry.measure, i);
      if (entry.date !== undefined && entry.date > report.data.date) {
        problems.push(
          createProblem('report/entry-after-report', { date: entry.date, report: report.data.date }, report.file, placeOfField(report, `entries.${i}.date`)),
        );
      }
    });
    return problems;
  });
