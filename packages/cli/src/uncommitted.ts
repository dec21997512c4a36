import path from 'node:path';
import { createProblem, type Problem } from '@strategi/problems';
import { VERSIONS_FOLDER } from '@strategi/schema';
import { isCommitted } from './git.ts';

/** A released file that changed: the problem whose advice (`git checkout`) depends on whether git has the version. */
const CHANGED_RELEASED_FILE = new Set<Problem['ruleId']>(['version/tampered']);

/**
 * A released version git does not know yet cannot be restored with `git checkout`: its changed files are reported
 * with the advice to undo the release instead. Git is asked once per version that has such a problem.
 */
export async function withUncommittedVersions(problems: readonly Problem[], contentFolder: string): Promise<Problem[]> {
  const versions = [...new Set(problems.filter((problem) => CHANGED_RELEASED_FILE.has(problem.ruleId) && problem.version).map((problem) => problem.version!))];
  const uncommitted = new Set<string>();
  for (const version of versions) if (!(await isCommitted(path.join(contentFolder, VERSIONS_FOLDER, version)))) uncommitted.add(version);
  if (uncommitted.size === 0) return [...problems];
  return problems.map((problem) =>
    CHANGED_RELEASED_FILE.has(problem.ruleId) && problem.version && uncommitted.has(problem.version)
      ? { ...createProblem('version/changed-before-commit', { version: problem.version }, problem.file, problem), version: problem.version }
      : problem,
  );
}
