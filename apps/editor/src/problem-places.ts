/**
 * Which form field a problem concerns: the frontmatter key or value at its line and column, found through the
 * positions the model's parser records for every key and value (`history.1.date`), or the body.
 */
import type { ParsedFile } from '@strategi/model';
import type { Problem } from '@strategi/problems';

type Range = ParsedFile['keys'][string];

const contains = (range: Range, line: number, column: number) =>
  (line > range.line || (line === range.line && column >= range.column)) && (line < range.endLine || (line === range.endLine && column <= range.endColumn));

/** The frontmatter path (`history.1.date`), `body`, or undefined for a problem about the file as a whole. */
export function placeOf(problem: Pick<Problem, 'line' | 'column'>, parsed: Pick<ParsedFile, 'keys' | 'values' | 'bodyLine'>): string | undefined {
  if (problem.line >= parsed.bodyLine && parsed.bodyLine > 1) return 'body';
  let best: { path: string; depth: number } | undefined;
  for (const positions of [parsed.keys, parsed.values]) {
    for (const [path, range] of Object.entries(positions)) {
      if (path === '' || !contains(range, problem.line, problem.column)) continue;
      const depth = path.split('.').length;
      if (!best || depth > best.depth) best = { path, depth };
    }
  }
  if (best) return best.path;
  // A problem at the start of a line that holds a key (a missing value, a wrong type) belongs to that key.
  const onLine = Object.entries(parsed.keys).find(([, range]) => range.line === problem.line);
  return onLine?.[0];
}

/**
 * The nearest field the form shows for a path: `goals.1` is in the goals picker, `period.end` is its own input,
 * `history.0.date` is the date of the first entry.
 */
export function fieldFor(path: string, shown: ReadonlySet<string>): string | undefined {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length--) {
    const candidate = parts.slice(0, length).join('.');
    if (shown.has(candidate)) return candidate;
  }
  return undefined;
}
