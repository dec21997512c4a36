import { countBySeverity, type Problem } from './problem.ts';

export interface FormatOptions {
  /** Colour the severity; set when writing to a terminal. */
  color?: boolean;
}

const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** `path:line:col  error  message  [rule-id]`, the form editors and their editors' problem matchers read. */
export function formatProblemLine(problem: Problem, options: FormatOptions = {}): string {
  const severity = options.color ? `${problem.severity === 'error' ? RED : YELLOW}${problem.severity}${RESET}` : problem.severity;
  return `${problem.file}:${problem.line}:${problem.column}  ${severity}  ${problem.message}  [${problem.ruleId}]`;
}

/** A problem with its hint on the next line. */
export function formatProblem(problem: Problem, options: FormatOptions = {}): string {
  const hint = `  → ${problem.hint}`;
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
