import { createProblem, type Place, type Problem } from '@strategi/problems';
import type { Column, ColumnSpec } from './columns.ts';
import type { CsvRecord } from './parse-records.ts';

/** One row of a spreadsheet, by field, with where each cell is. */
export interface CsvRow {
  /** The line the row starts on; the spreadsheet's row number when no cell holds a line break. */
  line: number;
  /** Each filled cell's text by field, in NFC with LF line breaks. Empty cells are left out. */
  values: Record<string, string>;
  /** Where each column's cell is: the row's line and the column's number, as problems are placed. */
  places: Record<string, Place>;
}

/**
 * Turns records into rows by the matched columns. A row with more or fewer cells than there are headings is
 * reported and left out (its cells cannot be trusted to be under the right heading); an empty cell in a
 * required column is reported at its place, and the row is kept so that its other cells are checked too.
 */
export function toRows(
  records: CsvRecord[],
  headingCount: number,
  columns: Column[],
  specs: ColumnSpec[],
  shown: string,
): { rows: CsvRow[]; problems: Problem[] } {
  const required = new Set(specs.filter((spec) => spec.required).map((spec) => spec.field));
  const rows: CsvRow[] = [];
  const problems: Problem[] = [];
  for (const record of records) {
    const found = record.cells.length;
    if (found !== headingCount) {
      const place = { line: record.line, column: Math.min(found, headingCount) + 1 };
      problems.push(createProblem('csv/field-count', { expected: headingCount, found }, shown, place));
      continue;
    }
    const values: Record<string, string> = {};
    const places: Record<string, Place> = {};
    for (const column of columns) {
      const place = { line: record.line, column: column.index + 1 };
      places[column.field] = place;
      const value = (record.cells[column.index] ?? '').normalize('NFC').replace(/\r\n?/g, '\n');
      if (value !== '') values[column.field] = value;
      else if (required.has(column.field)) problems.push(createProblem('csv/empty-cell', { heading: column.heading }, shown, place));
    }
    rows.push({ line: record.line, values, places });
  }
  return { rows, problems };
}
