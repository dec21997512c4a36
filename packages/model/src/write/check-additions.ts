import path from 'node:path';
import type { Problem } from '@strategi/problems';
import { type LoadOptions, loadCorpus } from '../corpus.ts';
import type { Edition } from '../types.ts';

/** A file a command is about to write, by path relative to the content folder. */
export interface PlannedFile {
  relative: string;
  text: string;
}

const keyOf = (problem: Problem) => `${problem.file}\u0000${problem.ruleId}\u0000${problem.line}:${problem.column}`;

/**
 * Checks files a command is about to write as if they were written: the whole working draft is read with them laid
 * over it, with every rule. Returns the problems the files would bring — in them, or elsewhere (a link that now
 * clashes) — so that `new` and `import` never write what `validate` would then reject. Nothing is written.
 */
export async function checkPlannedFiles(
  contentFolder: string,
  files: readonly PlannedFile[],
  options: LoadOptions = {},
): Promise<{ problems: Problem[]; edition: Edition }> {
  const root = path.resolve(contentFolder);
  const before = await loadCorpus(root, { ...options, workingOnly: true });
  const overlay = Object.fromEntries(files.map((file) => [file.relative, file.text]));
  const after = await loadCorpus(root, { ...options, workingOnly: true, overlay });
  const existing = new Map<string, number>();
  for (const problem of before.working.problems) existing.set(keyOf(problem), (existing.get(keyOf(problem)) ?? 0) + 1);
  const problems = after.working.problems.filter((problem) => {
    const left = existing.get(keyOf(problem)) ?? 0;
    if (left === 0) return true;
    existing.set(keyOf(problem), left - 1);
    return false;
  });
  return { problems, edition: after.working };
}
