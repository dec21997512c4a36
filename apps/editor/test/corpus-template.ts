/**
 * The corpora a test repository can hold, each made once per run (global-setup.ts) as a git repository with one
 * commit on `main`: a test copies the ready repository, `.git` included, instead of running git init, add and commit.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The workflow demonstration (invented releases, a consultation draft, example-marked fields), not the real strategy in `content/`. */
export const demoCorpus = path.resolve(import.meta.dirname, '../../../examples');

/** The second real strategy, a content folder of its own: the editor must serve any strategy, not only one. */
const secondCorpus = path.resolve(import.meta.dirname, '../../../corpora/fremtidens-digitale-norge');

/**
 * `demo`: the whole demonstration corpus. `draft`: its working draft with one released version, for the tests that
 * need no more; every request reads the edition and its versions, so a fifth of the files is a fifth of the reading.
 * `second`: the second strategy in corpora/.
 */
export const corpora: Record<'demo' | 'draft' | 'second', { versions: readonly string[] | undefined; source?: string }> = {
  demo: { versions: undefined },
  draft: { versions: ['2023-vedtatt'] },
  second: { versions: undefined, source: secondCorpus },
};

export type CorpusName = keyof typeof corpora;

export const gitIdentity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' };

/** `<folder>/content` with the corpus, in a repository at `folder` with one commit on `main`, packed into few files to copy. */
export function makeCorpusTemplate(name: CorpusName, folder: string): void {
  const { versions, source: from = demoCorpus } = corpora[name];
  mkdirSync(folder, { recursive: true });
  cpSync(from, path.join(folder, 'content'), {
    recursive: true,
    filter: (source) => {
      const [top, version] = path.relative(from, source).split(path.sep);
      return versions === undefined || top !== 'versjoner' || version === undefined || versions.includes(version);
    },
  });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, env: { ...process.env, ...gitIdentity } });
  // No hook samples: fewer files for every test to copy.
  git('init', '--quiet', '--initial-branch=main', '--template=');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'Innhold');
  git('repack', '-a', '-d', '-q');
  git('prune-packed');
}
