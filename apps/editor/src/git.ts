/**
 * Git without git for the editor: what has changed in the content since the editor's branch was last committed,
 * and a commit to that branch of the files one editor wrote (noted as they are written), authored by them. Git runs with argument arrays (never through a shell), and
 * the commit is built in a temporary index, so the branch checked out in the working copy, and anything staged in
 * it, is left as it is.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { replaceFile, withFileLock } from '@strategi/model';
import { ObjectReader } from './git-objects.ts';

export interface FileChange {
  status: 'added' | 'modified' | 'deleted';
  /** Relative to the repository. */
  path: string;
}

export interface ContentChanges {
  branch: string;
  files: FileChange[];
  /** The unified diff, as git prints it. */
  diff: string;
}

export interface Author {
  name: string;
  email: string;
}

/** One commit that changed a file, as its history lists it. */
export interface FileVersion {
  commit: string;
  author: string;
  /** ISO 8601, as git records it. */
  date: string;
  /** The commit message's first paragraph. */
  message: string;
  /** The file's path in that commit, relative to the repository (it may have been renamed since). */
  path: string;
}

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

async function git(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const result = await run(args, cwd, env);
  if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

const statusNames: Record<string, FileChange['status']> = { A: 'added', M: 'modified', D: 'deleted', T: 'modified' };

export class ContentRepository {
  readonly root: string;
  /** The content folder relative to the repository, with forward slashes. */
  readonly contentPath: string;
  readonly branch: string;
  /** Every page of a document asks what its last submission has: one git answers them all while they come. */
  readonly objects: ObjectReader;
  #ledgerFile: Promise<string> | undefined;

  private constructor(root: string, contentPath: string, branch: string) {
    this.root = root;
    this.contentPath = contentPath;
    this.branch = branch;
    this.objects = new ObjectReader(root);
  }

  /** The repository the content folder is in, or undefined when it is in none (or git is missing). */
  static async find(contentFolder: string, branch: string): Promise<ContentRepository | undefined> {
    const result = await run(['rev-parse', '--show-toplevel'], contentFolder).catch(() => undefined);
    if (result?.code !== 0) return undefined;
    const root = result.stdout.trim();
    const contentPath = path.relative(root, contentFolder).split(path.sep).join('/') || '.';
    const valid = await run(['check-ref-format', '--branch', branch], root);
    if (valid.code !== 0) throw new Error(`«${branch}» kan ikke være navnet på en gren.`);
    return new ContentRepository(root, contentPath, branch);
  }

  /** The commit changes are counted from: the editor's branch, else the checked-out commit; undefined in an empty repository. */
  private async base(): Promise<string | undefined> {
    // Both names asked at once, in order.
    const found = await this.objects.read([`refs/heads/${this.branch}^{commit}`, 'HEAD^{commit}'], false);
    return found.find((object) => object?.type === 'commit')?.name;
  }

  /** Runs `work` with a temporary index holding `base`: the working copy's own index is never touched. */
  private async withIndex<T>(base: string | undefined, work: (env: Record<string, string>) => Promise<T>): Promise<T> {
    const folder = await mkdtemp(path.join(tmpdir(), 'strategi-redigering-'));
    const env = { GIT_INDEX_FILE: path.join(folder, 'index') };
    try {
      await git(base ? ['read-tree', base] : ['read-tree', '--empty'], this.root, env);
      return await work(env);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** Runs `work` with a temporary index holding `base` with the content folder's files as they are on disk. */
  private withStagedContent<T>(base: string | undefined, work: (env: Record<string, string>) => Promise<T>): Promise<T> {
    return this.withIndex(base, async (env) => {
      await git(['add', '--all', '--', this.contentPath], this.root, env);
      return work(env);
    });
  }

  /**
   * True when the editor's branch or the checked-out commit holds any file under `absolute` (a folder in the content
   * folder): a release there may have been built and published from it, so it is no longer taken back.
   */
  async isCommitted(absolute: string): Promise<boolean> {
    // A folder is in a commit's tree only when some file is under it: git keeps no empty folders.
    const relative = this.relativeOf(absolute);
    const found = await this.objects.read([`refs/heads/${this.branch}:${relative}`, `HEAD:${relative}`], false);
    return found.some((object) => object !== undefined);
  }

  /** What has changed in the content folder since the last commit on the editor's branch. */
  async changes(): Promise<ContentChanges> {
    const base = await this.base();
    const against = base ?? (await git(['hash-object', '-t', 'tree', '/dev/null'], this.root)).trim();
    return this.withStagedContent(base, async (env) => {
      const names = await git(['diff', '--cached', '--name-status', '--no-renames', '-z', against, '--', this.contentPath], this.root, env);
      const parts = names.split('\0').filter((part) => part !== '');
      const files: FileChange[] = [];
      for (let i = 0; i + 1 < parts.length; i += 2) files.push({ status: statusNames[parts[i]!.charAt(0)] ?? 'modified', path: parts[i + 1]! });
      const diff = await git(['diff', '--cached', '--no-color', '--no-ext-diff', '--no-renames', against, '--', this.contentPath], this.root, env);
      return { branch: this.branch, files, diff };
    });
  }

  /**
   * Where the editors' edited files are listed: in the git folder, beside git's own state, never in a commit. Asked
   * of git once (every changing request reads the list), since a repository's git folder stays where it is.
   */
  private ledgerFile(): Promise<string> {
    this.#ledgerFile ??= git(['rev-parse', '--git-path', 'strategi-redigering-endret.json'], this.root).then(
      (place) => path.resolve(this.root, place.trim()),
      (error: unknown) => {
        this.#ledgerFile = undefined;
        throw error;
      },
    );
    return this.#ledgerFile;
  }

  private async readLedger(): Promise<Record<string, string[]>> {
    const text = await readFile(await this.ledgerFile(), 'utf8').catch(() => '{}');
    try {
      const parsed: unknown = JSON.parse(text);
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string[]>) : {};
    } catch {
      return {};
    }
  }

  /**
   * Notes files (absolute paths in the content folder) an editor wrote, so that their commit takes these and no
   * other: a file changed or staged by someone else on this machine is not theirs to send in. Kept in the git folder
   * so that it outlives a restart of the editor.
   */
  async noteEdited(editor: string, files: readonly string[]): Promise<void> {
    if (files.length === 0) return;
    await withFileLock(await this.ledgerFile(), () =>
      this.writeLedger((ledger) => {
        ledger[editor] = [...new Set([...(ledger[editor] ?? []), ...files.map((file) => this.relativeOf(file))])].sort();
      }),
    );
  }

  /** Changes the list of edited files; called under its lock. */
  private async writeLedger(change: (ledger: Record<string, string[]>) => void): Promise<void> {
    const ledger = await this.readLedger();
    change(ledger);
    await replaceFile(await this.ledgerFile(), `${JSON.stringify(ledger, null, 2)}\n`);
  }

  /** The files an editor has written since their last commit, relative to the repository. */
  async editedBy(editor: string): Promise<string[]> {
    return (await this.readLedger())[editor] ?? [];
  }

  /**
   * Commits the files `editor` wrote (see noteEdited), as they are on disk, to the editor's branch, with `author` as
   * the author and the machine's git identity as the committer; the new commit's short id, or undefined when the
   * editor has written nothing that differs from the branch.
   */
  async commit(message: string, author: Author | undefined, editor: string): Promise<string | undefined> {
    // Under the list's lock: a file saved again while the commit is made is noted after it, not forgotten by it.
    return withFileLock(await this.ledgerFile(), () => this.commitEdited(message, author, editor));
  }

  /**
   * Commits one file (an absolute path in the content folder) as it is on disk to the editor's branch, alone, with
   * `author` as the author: an accepted suggestion, whatever else the editor has written. The new commit's short id,
   * or undefined when the file does not differ from the branch.
   */
  async commitFile(absolute: string, message: string, author: Author | undefined): Promise<string | undefined> {
    return withFileLock(await this.ledgerFile(), () => this.commitPaths([`:(literal)${this.relativeOf(absolute)}`], message, author));
  }

  private async commitEdited(message: string, author: Author | undefined, editor: string): Promise<string | undefined> {
    // Literal pathspecs: a file name is never read as a glob or a magic word.
    const pathspecs = (await this.editedBy(editor)).map((file) => `:(literal)${file}`);
    const commit = await this.commitPaths(pathspecs, message, author);
    await this.writeLedger((ledger) => {
      delete ledger[editor];
    });
    return commit;
  }

  /** Commits the files the pathspecs name, as they are on disk, to the editor's branch; called under the list's lock. */
  private async commitPaths(pathspecs: readonly string[], message: string, author: Author | undefined): Promise<string | undefined> {
    const base = await this.base();
    const machine = await this.configuredIdentity();
    const identity = author ?? machine;
    const env = {
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: machine.name,
      GIT_COMMITTER_EMAIL: machine.email,
    };
    const commit = await this.withIndex(base, async (indexEnv) => {
      if (pathspecs.length === 0) return undefined;
      // A file the editor removed is taken out of the index; one that is there is added as it is on disk.
      await git(['rm', '--cached', '--force', '--quiet', '--ignore-unmatch', '-r', '--', ...pathspecs], this.root, indexEnv);
      const present = (await git(['ls-files', '--others', '--cached', '-z', '--', ...pathspecs], this.root, indexEnv)).split('\0').filter(Boolean);
      if (present.length > 0) await git(['add', '--', ...present.map((file) => `:(literal)${file}`)], this.root, indexEnv);
      const tree = (await git(['write-tree'], this.root, indexEnv)).trim();
      if (base && tree === (await git(['rev-parse', `${base}^{tree}`], this.root)).trim()) return undefined;
      const parents = base ? ['-p', base] : [];
      return (await git(['commit-tree', tree, ...parents, '-m', message], this.root, env)).trim();
    });
    if (!commit) return undefined;
    const old = (await run(['rev-parse', '--verify', '--quiet', `refs/heads/${this.branch}`], this.root)).stdout.trim();
    await git(['update-ref', '-m', 'nettredigering', `refs/heads/${this.branch}`, commit, ...(old ? [old] : [])], this.root);
    // When the editor's branch is the one checked out, the working copy's index follows the new commit for the
    // committed files (and only those: what someone else staged stays staged), so that git status agrees.
    const head = await run(['symbolic-ref', '--quiet', 'HEAD'], this.root);
    if (head.stdout.trim() === `refs/heads/${this.branch}`) await git(['reset', '--quiet', commit, '--', ...pathspecs], this.root);
    return (await git(['rev-parse', '--short', commit], this.root)).trim();
  }

  /** A file's path relative to the repository, with forward slashes. */
  private relativeOf(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/');
  }

  /**
   * The text of a file (an absolute path in the content folder) as the commit changes are counted from has it:
   * what «Forkast endringene» restores. Undefined when the file is new since then.
   */
  async committedText(absolute: string): Promise<string | undefined> {
    // As base() chooses: the editor's branch when it is a commit, else the checked-out one. Every page of a document
    // asks, to offer «Forkast endringene»: the three lookups are asked at once.
    const relative = this.relativeOf(absolute);
    const [branch, onBranch, onHead] = await this.objects.read(
      [`refs/heads/${this.branch}^{commit}`, `refs/heads/${this.branch}:${relative}`, `HEAD:${relative}`],
      true,
    );
    const blob = branch?.type === 'commit' ? onBranch : onHead;
    return blob?.type === 'blob' ? blob.data.toString('utf8') : undefined;
  }

  /** A file's text in a commit (`path` relative to the repository), or undefined when the commit has no such file. */
  async textAt(commit: string, relative: string): Promise<string | undefined> {
    if (!/^[0-9a-f]{40}$/.test(commit)) return undefined;
    const result = await run(['cat-file', 'blob', `${commit}:${relative}`], this.root);
    return result.code === 0 ? result.stdout : undefined;
  }

  /** The commits that changed a file, newest first, following it through renames (`git log --follow`). */
  async history(absolute: string): Promise<FileVersion[]> {
    const base = await this.base();
    if (!base) return [];
    const log = await git(['log', '--follow', '--format=%x1e%H%x1f%an%x1f%aI%x1f%s', '--name-only', '-z', base, '--', this.relativeOf(absolute)], this.root);
    return log
      .split('\x1e')
      .filter((record) => record !== '')
      .map((record) => {
        const [header = '', names = ''] = record.split('\0\n');
        const [commit = '', author = '', date = '', message = ''] = header.split('\x1f');
        return { commit, author, date, message, path: names.split('\0').find((name) => name !== '') ?? '' };
      });
  }

  private async configuredIdentity(): Promise<Author> {
    const name = (await run(['config', 'user.name'], this.root)).stdout.trim();
    const email = (await run(['config', 'user.email'], this.root)).stdout.trim();
    return { name: name || 'Nettredigering', email: email || 'nettredigering@localhost' };
  }
}
