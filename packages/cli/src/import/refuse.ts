import path from 'node:path';
import { formatProblem, type Place, type Problem, sortProblems } from '@strategi/problems';
import { type CommandIO, useColor } from '../io.ts';

/** A path relative to where the command runs, unless it lies outside: `/dev/zero`, not `../../dev/zero`. */
export function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** A cell as the one-character range the shape check places problems at. */
export function cell(place: Place) {
  return { line: place.line, column: place.column, endLine: place.line, endColumn: place.column };
}

/** Prints every problem with its hint, and that nothing was written. */
export function refuse(problems: Problem[], shown: string, io: CommandIO): number {
  for (const problem of sortProblems(problems)) io.stderr.write(`${formatProblem(problem, { color: useColor(io) })}\n`);
  io.stderr.write(`\nIngen filer ble skrevet: ${problems.length} feil i ${shown}.\n`);
  return 1;
}
