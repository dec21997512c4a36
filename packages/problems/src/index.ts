export { catalogue, type RuleId, type RuleArgs, type RuleDefinition, type Severity } from './catalogue.ts';
export { createProblem, sortProblems, countBySeverity, START_OF_FILE, type Problem, type Place } from './problem.ts';
export { formatProblem, formatProblemLine, formatSummary, problemsToJson, type FormatOptions } from './format.ts';
export { suggest } from './suggest.ts';
