/** How the rows of a CSV file are laid out: the character between cells, and the line the headings are on. */
export interface CsvLayout {
  delimiter: string;
  /** 1-based; 2 when the file starts with Excel's `sep=;` line. */
  headerLine: number;
}

/** In order of preference when two are equally common: Excel in Norway writes `;`, most other tools `,`. */
const candidates = [';', ',', '\t'] as const;

/**
 * Finds the delimiter from the heading line: the candidate that occurs most often outside quotes. Headings
 * never hold a delimiter of their own, so the heading line decides where cell values (which may) cannot.
 * A first line `sep=;` (which Excel reads and some tools write) names the delimiter outright.
 */
export function detectLayout(text: string): CsvLayout {
  const lines = text.split(/\r\n|\n|\r/, 2);
  const explicit = /^sep=(.)$/i.exec(lines[0] ?? '');
  if (explicit) return { delimiter: explicit[1]!, headerLine: 2 };
  const header = firstNonBlankLine(text);
  let best: string = ',';
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = countOutsideQuotes(header, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return { delimiter: best, headerLine: 1 };
}

function firstNonBlankLine(text: string): string {
  return /[^\r\n]*\S[^\r\n]*/.exec(text)?.[0] ?? '';
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) count++;
  }
  return count;
}
