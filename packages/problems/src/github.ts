import { catalogue } from './catalogue.ts';
import type { Problem } from './problem.ts';

/**
 * One problem as a GitHub Actions workflow command (`::error file=…,line=…,col=…,title=…::message`), which GitHub
 * shows as an annotation on the line in a pull request's changed files. The hint follows the message on its own
 * line. Paths must be relative to the repository root, as `strategi validate` prints them when run there.
 */
export function formatGithubAnnotation(problem: Problem): string {
  const properties = [
    ...(problem.file ? [`file=${escapeProperty(problem.file)}`] : []),
    `line=${problem.line}`,
    `col=${problem.column}`,
    ...(problem.endLine === undefined ? [] : [`endLine=${problem.endLine}`]),
    ...(problem.endColumn === undefined || problem.endLine !== problem.line ? [] : [`endColumn=${problem.endColumn}`]),
    `title=${escapeProperty(`${catalogue[problem.ruleId].title} [${problem.ruleId}]`)}`,
  ];
  return `::${problem.severity} ${properties.join(',')}::${escapeData(`${problem.message}\n${problem.hint}`)}`;
}

// The escapes of GitHub's runner (toolkit/core command.ts): data escapes % CR LF; properties also : and ,.
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
