/**
 * The one CSV writer of the project: every CSV a command or the site writes goes through it. RFC 4180 quoting,
 * lists joined with «;», and text that a spreadsheet would run as a formula neutralised with a leading apostrophe
 * (OWASP, «CSV injection»).
 */

/**
 * A cell starting with one of these is a formula (or becomes one) in Excel, LibreOffice and Google Sheets. Leading
 * whitespace and line breaks count too: a reader that trims them (as many do) would leave the `=` after them first.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@])/;
/**
 * Quoted whatever the separator: both separators (Excel set to Norwegian splits on `;` even in a comma file it
 * opens), tab, quote and line breaks; and leading or trailing whitespace, which readers that trim would lose.
 */
const NEEDS_QUOTES = /[",;\t\n\r]|^\s|\s$/;
/** The separators a CSV may use: a comma (RFC 4180), or a semicolon for spreadsheets set to Norwegian. */
export type CsvSeparator = ',' | ';';

/**
 * One CSV cell. Text that starts with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed gets a leading
 * `'`, so a title like `=HYPERLINK(…)` is shown as text, and so does one with whitespace before the formula, which
 * is kept (` =1` becomes `' =1`, quoted).
 * Numbers are the program's own and stay numbers. A cell holding a quote, `,`, `;`, tab or line break is quoted,
 * its quotes doubled.
 */
export function csvCell(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = Array.isArray(value) ? value.join(';') : value === undefined || value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV row: the cells joined with `separator`, commas unless told (no line end). */
export function csvRow(cells: readonly unknown[], separator: CsvSeparator = ','): string {
  return cells.map(csvCell).join(separator);
}

export interface CsvTextOptions {
  /** Between cells; `,` unless told. */
  separator?: CsvSeparator;
  /** After every row, the last included; CRLF (RFC 4180) unless told. */
  lineEnd?: '\r\n' | '\n';
  /** A UTF-8 byte order mark first, without which Excel reads UTF-8 as Windows-1252 (æ, ø and å garbled). */
  bom?: boolean;
}

/** A whole CSV file: a heading row and the data rows, every cell through `csvCell`. */
export function csvText(rows: readonly (readonly unknown[])[], options: CsvTextOptions = {}): string {
  const { separator = ',', lineEnd = '\r\n', bom = false } = options;
  return `${bom ? '\uFEFF' : ''}${rows.map((row) => `${csvRow(row, separator)}${lineEnd}`).join('')}`;
}
