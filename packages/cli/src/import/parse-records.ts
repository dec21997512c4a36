import { createProblem, type Problem } from '@strategi/problems';
import { CsvError, parse } from 'csv-parse/sync';
import type { CsvLayout } from './delimiter.ts';

/** One row of the file: its cells, and the line it starts on (a cell may hold line breaks). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** What csv-parse's error codes mean to someone who saved a spreadsheet; its English messages are never shown. */
const quoteProblems: Partial<Record<string, 'csv/quote-not-closed' | 'csv/misplaced-quote'>> = {
  CSV_QUOTE_NOT_CLOSED: 'csv/quote-not-closed',
  CSV_INVALID_CLOSING_QUOTE: 'csv/misplaced-quote',
  INVALID_OPENING_QUOTE: 'csv/misplaced-quote',
  CSV_INVALID_OPENING_QUOTE: 'csv/misplaced-quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'csv/misplaced-quote',
};

/**
 * Splits the text into rows of cells, from the heading line on. Rows whose every cell is empty (Excel writes
 * `;;;;` for a formatted blank row) are left out. Rows may have any number of cells; the caller compares them
 * with the headings, so that every uneven row is reported, not only the first. A quote error stops the reading,
 * since every cell after it is in doubt; it is reported at the row it is in and the column it opened in.
 */
export function parseRecords(text: string, layout: CsvLayout, shown: string): { records: CsvRecord[] } | { problem: Problem } {
  // Parsed as bytes, so that the parser's byte offsets say where each row ends and the next begins. Its own
  // line count is not used: it counts a CRLF inside a quoted cell as two lines.
  const bytes = Buffer.from(text);
  const lines = new LineCounter(bytes);
  let lastEnd = 0;
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    // With `info`, each row comes with where it ends; the library's types describe only the plain form.
    parsed = parse(bytes, {
      delimiter: layout.delimiter,
      from_line: layout.headerLine,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      on_record: (record, context) => {
        lastEnd = context.bytes;
        return record;
      },
    }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const { code, index } = error as CsvError & { index?: unknown };
    const place = { line: lines.lineAt(rowStart(bytes, lastEnd, layout)), column: typeof index === 'number' ? index + 1 : 1 };
    const ruleId = quoteProblems[code];
    return { problem: ruleId ? createProblem(ruleId, { column: place.column }, shown, place) : createProblem('csv/invalid', {}, shown, place) };
  }
  const records: CsvRecord[] = [];
  let end = 0;
  for (const { record, info } of parsed) {
    const line = lines.lineAt(rowStart(bytes, end, layout));
    end = info.bytes;
    if (record.some((cell) => cell !== '')) records.push({ line, cells: record });
  }
  return { records };
}

/** Where the row after `offset` begins: past blank lines, and past Excel's `sep=` line before the headings. */
function rowStart(bytes: Uint8Array, offset: number, layout: CsvLayout): number {
  let i = offset;
  if (i === 0 && layout.headerLine > 1) while (i < bytes.length && bytes[i] !== 10 && bytes[i] !== 13) i++;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  return i;
}

/** 1-based line of a byte offset; LF, CRLF and a lone CR each end one line. Offsets are asked for in order. */
class LineCounter {
  private readonly bytes: Uint8Array;
  private line = 1;
  private offset = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  lineAt(target: number): number {
    for (; this.offset < target; this.offset++) {
      const byte = this.bytes[this.offset];
      if (byte === 10 || (byte === 13 && this.bytes[this.offset + 1] !== 10)) this.line++;
    }
    return this.line;
  }
}
