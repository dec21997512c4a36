import { countBySeverity, type Problem } from './problem.ts';

export interface FormatOptions {
  /** Colour the severity; set when writing to a terminal. */
  color?: boolean;
}

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/**
 * Characters that would break a problem out of its one line or change how the terminal shows it: C0 and C1
 * controls (a newline, an escape sequence), the line and paragraph separators, and the controls that turn text
 * around (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with each unprintable character written as an escape (`\n`, `\x1b`, `\u202e`), so it stays one line. */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * `path:line:col  error  message  [rule-id]`, the form editors and their editors' problem matchers read. A file
 * name or a value with a newline or another control character is escaped, so one problem is always one line;
 * the JSON form keeps the real text.
 */
export function formatProblemLine(problem: Problem, options: FormatOptions = {}): string {
  const severity = options.color ? `${problem.severity === 'error' ? RED : YELLOW}${problem.severity}${RESET}` : problem.severity;
  return `${escapeUnprintable(problem.file)}:${problem.line}:${problem.column}  ${severity}  ${escapeUnprintable(problem.message)}  [${problem.ruleId}]`;
}

/** A problem with its hint on the next line. */
export function formatProblem(problem: Problem, options: FormatOptions = {}): string {
  const hint = `  → ${escapeUnprintable(problem.hint)}`;
  return `${formatProblemLine(problem, options)}\n${options.color ? `${DIM}${hint}${RESET}` : hint}`;
}

/** The closing line: files, errors, warnings and time. */
export function formatSummary(problems: readonly Problem[], files: number, milliseconds: number): string {
  const { errors, warnings } = countBySeverity(problems);
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${plural(files, 'fil', 'filer')} sjekket: ${plural(errors, 'feil', 'feil')}, ${plural(warnings, 'advarsel', 'advarsler')} (${Math.round(milliseconds)} ms)`;
}

/** The JSON form of problems, stable for scripts and CI annotations. */
export function problemsToJson(problems: readonly Problem[]): string {
  return JSON.stringify(problems, null, 2);
}
