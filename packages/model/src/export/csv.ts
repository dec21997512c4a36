/**
 * CSV cells as every CSV the project writes them: RFC 4180 quoting, lists joined with «;», and text that a
 * spreadsheet would run as a formula neutralised with a leading apostrophe (OWASP, «CSV injection»).
 */

/** A cell starting with one of these is a formula (or becomes one) in Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;
/** The separators a CSV may use: a comma (RFC 4180), or a semicolon for spreadsheets set to Norwegian. */
export type CsvSeparator = ',' | ';';

/**
 * One CSV cell. Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
 * title like `=HYPERLINK(…)` is shown as text; numbers are the program's own and stay numbers. A cell with a
 * quote, comma or line break is quoted, its quotes doubled.
 */
export function csvCell(value: unknown): string {
  return csvCellWith(value, ',');
}

/** One CSV cell for a file separated by `separator`: as `csvCell`, and quoted when it holds the separator. */
export function csvCellWith(value: unknown, separator: CsvSeparator): string {
  if (typeof value === 'number') return String(value);
  const text = Array.isArray(value) ? value.join(';') : value === undefined || value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) || safe.includes(separator) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV row: the cells joined with `separator`, commas unless told (no line end). */
export function csvRow(cells: readonly unknown[], separator: CsvSeparator = ','): string {
  return cells.map((cell) => csvCellWith(cell, separator)).join(separator);
}
