/**
 * `strategi comments accept <nummer>` and `reject <nummer> --reason …`: an editor's answer to a suggested edit.
 * Accepting applies the suggestion to the document's file (through `@strategi/review`'s `planSuggestion`, which
 * refuses a moved passage, unsafe Markdown and a result that does not validate), writes it atomically under the
 * file's lock, and commits that file alone with the reviewer as co-author — by name and a no-reply address, since
 * a reviewer's e-mail is never shown. The comment is then resolved as «tatt til følge».
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ui } from '@strategi/i18n';
import { formatProblem } from '@strategi/problems';
import { decideSuggestion, findOpenSuggestion, type OpenSuggestion, type ReviewStore, suggestionCommit, writeSuggestion } from '@strategi/review';
import { loadContent } from '../editions.ts';
import { type CommandIO, UsageError } from '../io.ts';
import { openReviewStore } from './preview.ts';

const run = promisify(execFile);

export interface SuggestionOptions {
  dir: string;
  name: string;
  reason?: string | undefined;
}

function commentNumber(rest: string[]): number {
  if (rest.length !== 1) throw new UsageError('Oppgi nummeret til kommentaren med forslaget.', 'Nummeret står etter # i «strategi comments».');
  const id = Number(rest[0]!.replace(/^#/, ''));
  if (!Number.isSafeInteger(id) || id <= 0) throw new UsageError(`«${rest[0]}» er ikke et kommentarnummer.`, 'Nummeret står etter # i «strategi comments».');
  return id;
}

/** The comment with an open suggestion, or a usage error saying why there is none to answer. */
async function openSuggestion(store: ReviewStore, id: number): Promise<OpenSuggestion> {
  const found = await findOpenSuggestion(store, id);
  if (found.ok) return found.comment;
  const hint = {
    missing: 'Se kommentarene med «strategi comments».',
    'without-suggestion': 'Merk den som løst med «strategi comments resolve».',
    decided: undefined,
  }[found.reason];
  throw new UsageError(ui('nb').suggestionLookup(found), hint);
}

/** The repository a file is in, or undefined outside one (or without git). */
async function repositoryOf(file: string): Promise<string | undefined> {
  const result = await run('git', ['rev-parse', '--show-toplevel'], { cwd: path.dirname(file) }).catch(() => undefined);
  return result?.stdout.trim();
}

/** True when the file differs from the last commit: those changes are not the reviewer's to be credited with. */
async function hasUncommittedChanges(file: string): Promise<boolean> {
  if (!(await repositoryOf(file))) return false;
  const status = await run('git', ['status', '--porcelain', '--', path.basename(file)], { cwd: path.dirname(file) });
  return status.stdout.trim() !== '';
}

/**
 * Commits one file alone (`--only`: other staged or changed files stay as they are), with the reviewer as
 * co-author; the commit's short id, or undefined outside a git repository.
 */
async function commitFile(file: string, subject: string, trailer: string): Promise<string | undefined> {
  const cwd = path.dirname(file);
  if (!(await repositoryOf(file))) return undefined;
  await run('git', ['commit', '--quiet', '--only', '-m', subject, '-m', trailer, '--', path.basename(file)], { cwd });
  return (await run('git', ['rev-parse', '--short', 'HEAD'], { cwd })).stdout.trim();
}

export async function acceptSuggestion(rest: string[], options: SuggestionOptions, io: CommandIO): Promise<number> {
  const id = commentNumber(rest);
  const store = await openReviewStore(io);
  try {
    const comment = await openSuggestion(store, id);
    const corpus = await loadContent(io, options.dir, { workingOnly: true });
    const edition = corpus.working;
    const doc = edition.byId.get(comment.document) ?? edition.aliases.get(comment.document);
    if (!doc) {
      io.stderr.write(`Forslaget i kommentar #${id} kan ikke brukes: ${comment.document} finnes ikke i arbeidsutkastet.\n`);
      return 1;
    }
    const file = path.join(edition.root, doc.path);
    if (await hasUncommittedChanges(file)) {
      io.stderr.write(`${doc.file} har endringer som ikke er lagt inn i git.\n  → Legg dem inn først, så forslaget blir en egen endring.\n`);
      return 1;
    }
    const planned = await writeSuggestion({ contentFolder: edition.root, file: doc.path, comment, options: { displayBase: io.cwd } });
    if (!planned.planned) {
      io.stderr.write(`Forslaget i kommentar #${id} kan ikke brukes: ${ui('nb').suggestionRefusals[planned.refusal]}\n`);
      for (const problem of planned.problems) io.stderr.write(`${formatProblem(problem)}\n`);
      return 1;
    }
    const { subject, trailer } = suggestionCommit(comment, doc.id);
    const committed = await commitFile(file, subject, trailer).then(
      (commit) => ({ commit }),
      (error: { stderr?: string; message: string }) => ({ commit: undefined, failure: (error.stderr || error.message).trim() }),
    );
    // The text is in the file either way, so the suggestion is accepted; a commit git refused is the editor's to make.
    await decideSuggestion(store, id, { state: 'accepted', by: options.name, commit: committed.commit ?? null });
    if ('failure' in committed) {
      io.stderr.write(
        `Forslaget i kommentar #${id} er tatt inn i ${doc.file}, men git laget ingen commit: ${committed.failure}\n  → Legg inn filen selv med git commit; kommentaren er merket som løst.\n`,
      );
      return 1;
    }
    io.stdout.write(
      `Forslaget i kommentar #${id} er tatt inn i ${doc.file}${committed.commit ? ` (commit ${committed.commit})` : ''}, og kommentaren er merket som løst.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

export async function rejectSuggestion(rest: string[], options: SuggestionOptions, io: CommandIO): Promise<number> {
  const id = commentNumber(rest);
  const reason = options.reason?.trim();
  if (!reason) throw new UsageError('Skriv hvorfor forslaget ikke tas inn, med --reason «…».', 'Leseren ser begrunnelsen.');
  const store = await openReviewStore(io);
  try {
    await openSuggestion(store, id);
    await decideSuggestion(store, id, { state: 'rejected', by: options.name, reason });
    io.stdout.write(`Forslaget i kommentar #${id} er avvist, og kommentaren er merket som løst.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
