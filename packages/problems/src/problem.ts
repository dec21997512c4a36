import { catalogue, type RuleArgs, type RuleId, type Severity } from './catalogue.ts';

/** A place in a file: 1-based line and column, with an optional end. */
export interface Place {
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

/** One problem found in the content, with everything an editor needs to act on it. */
export interface Problem extends Place {
  ruleId: RuleId;
  severity: Severity;
  /** Path of the file, relative to the content folder's parent as the user typed it. */
  file: string;
  message: string;
  hint: string;
  /** The version whose copy of the file has the problem; absent for the working draft. */
  version?: string | undefined;
}

/** The start of a file, for problems that concern the file as a whole. */
export const START_OF_FILE: Place = { line: 1, column: 1 };

/** Builds a problem from the catalogue. Messages and hints live only in the catalogue. */
export function createProblem<Id extends RuleId>(ruleId: Id, args: RuleArgs<Id>, file: string, place: Place = START_OF_FILE): Problem {
  const definition = catalogue[ruleId] as unknown as { severity: Severity; message: (a: unknown) => string; hint: (a: unknown) => string };
  return {
    ruleId,
    severity: definition.severity,
    file,
    line: place.line,
    column: place.column,
    ...(place.endLine === undefined ? {} : { endLine: place.endLine, endColumn: place.endColumn }),
    message: definition.message(args),
    hint: definition.hint(args),
  };
}

/** Sorts problems by file, then position, then rule id: the order editors read them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a release refuses `problem`: every error, and the warnings the catalogue marks `blocksRelease`. */
export function blocksRelease(problem: Problem): boolean {
  if (problem.severity === 'error') return true;
  const definition: { blocksRelease?: boolean } = catalogue[problem.ruleId];
  return definition.blocksRelease === true;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
