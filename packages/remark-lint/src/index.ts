import path from 'node:path';
import { loadCorpus } from '@strategi/model';
import type { Problem } from '@strategi/problems';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { contentRootOf, isInReleasedVersion } from './content-root.ts';

export { contentRootOf } from './content-root.ts';

export interface Options {
  /** The content folder; found from the file's place (the folder with `strategi.md`) when not given. */
  root?: string;
}

/** Word in front of each message, so an error and a warning read differently wherever the editor shows them. */
const severityWord = { error: 'Feil', warning: 'Advarsel' } as const;

/**
 * The content model's problems for the file being edited, on the lines they concern: the same catalogue, messages
 * and hints as `strategi validate`. The whole edition is loaded with the editor's unsaved text laid over the file
 * on disk, because most problems (an unknown id, a link to a missing heading, a measure without a goal) are only
 * visible in the whole graph.
 */
const remarkLintStrategi = lintRule<never, Options | undefined>(
  { origin: 'strategi:innhold', url: 'https://github.com/strategi/strategi/blob/main/docs/feilreferanse.md' },
  async (_tree, file, options) => {
    if (!file.path) return;
    const absolute = path.resolve(file.cwd, file.path);
    const root = options?.root ? path.resolve(file.cwd, options.root) : contentRootOf(absolute);
    if (!root) return;
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (relative.startsWith('..')) return;
    const corpus = await loadCorpus(root, {
      displayBase: root,
      overlay: { [relative]: String(file.value) },
      workingOnly: !isInReleasedVersion(relative),
    });
    for (const problem of corpus.problems) if (problem.file === relative) report(file, problem);
  },
);

function report(file: VFile, problem: Problem) {
  const end = problem.endLine !== undefined && problem.endColumn !== undefined ? { line: problem.endLine, column: problem.endColumn } : undefined;
  const message = file.message(`${severityWord[problem.severity]}: ${problem.message} [${problem.ruleId}]`, {
    place: end ? { start: { line: problem.line, column: problem.column }, end } : { line: problem.line, column: problem.column },
  });
  message.note = problem.hint;
}

export default remarkLintStrategi;
