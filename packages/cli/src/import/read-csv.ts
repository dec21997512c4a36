import { createProblem, type Problem } from '@strategi/problems';
import type { ColumnSpec } from './columns.ts';
import { matchHeadings } from './columns.ts';
import { decodeCsv } from './decode.ts';
import { detectLayout } from './delimiter.ts';
import { parseRecords } from './parse-records.ts';
import { maxCsvBytes, readCsvBytes } from './read-bytes.ts';
import { type CsvRow, toRows } from './rows.ts';

export interface CsvTable {
  /** The rows that could be read under their headings. */
  rows: CsvRow[];
  /** Everything wrong with the file, its headings and its rows, in the order found. */
  problems: Problem[];
  /**
   * True when the file as a whole could not be read (not a file, not text, no rows, bad headings): `rows` is
   * then empty and there is nothing to check further.
   */
  unreadable: boolean;
}

/**
 * Reads a spreadsheet saved as CSV, by every rule an import shares: a regular file within the size bound,
 * UTF-8 or UTF-16 text, `;`, `,` or tab between cells as the heading line shows, headings matched to the
 * specs, and rows with the place of every cell. The caller checks the values.
 */
export async function readCsv(absolute: string, shown: string, specs: ColumnSpec[], limit = maxCsvBytes): Promise<CsvTable> {
  const refuse = (problem: Problem): CsvTable => ({ rows: [], problems: [problem], unreadable: true });
  const read = await readCsvBytes(absolute, shown, limit);
  if ('problem' in read) return refuse(read.problem);
  const decoded = decodeCsv(read.bytes, shown);
  if ('problem' in decoded) return refuse(decoded.problem);
  if (decoded.text.trim() === '') return refuse(createProblem('csv/empty', {}, shown));
  const layout = detectLayout(decoded.text);
  const parsed = parseRecords(decoded.text, layout, shown);
  if ('problem' in parsed) return refuse(parsed.problem);
  const [header, ...records] = parsed.records;
  if (!header) return refuse(createProblem('csv/empty', {}, shown));
  if (records.length === 0) return refuse(createProblem('csv/no-rows', {}, shown, { line: header.line, column: 1 }));
  const headings = matchHeadings(header, records, specs, shown);
  if (headings.problems.length > 0) return { rows: [], problems: headings.problems, unreadable: true };
  const { rows, problems } = toRows(records, header.cells.length, headings.columns, specs, shown);
  return { rows, problems, unreadable: false };
}
