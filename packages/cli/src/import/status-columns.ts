import { measureStatusVocabulary, reportEntrySchema } from '@strategi/schema';
import { type ColumnSpec, columnsFor } from './columns.ts';
import type { CsvRow } from './rows.ts';

/** The columns of a spreadsheet of measures' statuses: Norwegian headings first, then the schema's keys. */
export const statusColumns: ColumnSpec[] = columnsFor(reportEntrySchema, {
  measure: ['tiltak', 'measure'],
  status: ['status'],
  date: ['dato', 'date'],
  note: ['merknad', 'note'],
});

/** A status as readers see it («I rute», «Fullført»), in any written form and case, to the value the schema takes. */
const byLabel = new Map(
  Object.entries(measureStatusVocabulary.labels).flatMap(([value, labels]) =>
    [value, ...Object.values(labels)].map((label) => [label.normalize('NFC').toLowerCase(), value] as const),
  ),
);

/**
 * A row's entry: the cells by field, with a status written as its label («I rute») turned into its value
 * (`i-rute`). Any other word is passed on, so that the schema refuses it with a did-you-mean.
 */
export function entryFromRow(row: CsvRow): Record<string, unknown> {
  const entry: Record<string, unknown> = { ...row.values };
  const status = row.values['status'];
  if (status !== undefined) entry['status'] = byLabel.get(status.trim().toLowerCase()) ?? status;
  if (typeof entry['measure'] === 'string') entry['measure'] = entry['measure'].trim();
  if (typeof entry['date'] === 'string') entry['date'] = entry['date'].trim();
  return entry;
}
