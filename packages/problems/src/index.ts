export { catalogue, type RuleArgs, type RuleDefinition, type RuleId, type Severity } from './catalogue.ts';
export { escapeUnprintable, type FormatOptions, formatProblem, formatProblemLine, formatSummary, problemsToJson } from './format.ts';
export { formatGithubAnnotation } from './github.ts';
export { blocksRelease, countBySeverity, createProblem, type Place, type Problem, START_OF_FILE, sortProblems } from './problem.ts';
export { suggest, suggestName } from './suggest.ts';
