/**
 * The changes of the content folder since the editor's branch, and sending them in: a commit on that branch with a
 * message, refused while the content has errors. Without a git repository the page says so.
 *
 * The page shows the changes as the site's diff does: the working draft as it is on disk against the working draft
 * as last committed, compared by the model (`diffEditions`). The committed draft is read by the model too, from the
 * folder on disk with the committed text of each changed file laid over it, so both sides are parsed the same way.
 */
import path from 'node:path';
import { loadCorpus, mapLimited } from '@strategi/model';
import { diffEditions } from '@strategi/model/diff';
import type { Problem } from '@strategi/problems';
import { VERSIONS_FOLDER } from '@strategi/schema';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type Env, respond } from '../context.ts';
import { firstOf, readForm } from '../form-request.ts';
import type { ContentRepository } from '../git.ts';
import { authorOf } from '../identity.ts';
import { changesView, type DraftChanges } from '../views/changes.ts';
import { notice } from '../views/layout.ts';
import type { Workspace } from '../workspace.ts';

/** Git processes reading committed files at once: the page waits for them, and other requests share two cores. */
const READ_CONCURRENCY = 4;

/**
 * What changed, for the page: the model's diff of the working draft's documents, the files that are no document of
 * it (a released version's folder, a file that does not parse) by name, and git's own diff for those who want it.
 */
async function draftChanges(workspace: Workspace, repository: ContentRepository, editor: string): Promise<DraftChanges> {
  const raw = await repository.changes();
  const prefix = repository.contentPath === '.' ? '' : `${repository.contentPath}/`;
  const inContent = (file: { path: string }) => file.path.slice(prefix.length);
  // Released versions are frozen copies: a release adds a folder of them, which is listed, never compared.
  const draftFiles = raw.files.filter((file) => !inContent(file).startsWith(`${VERSIONS_FOLDER}/`));
  const committed = await mapLimited(draftFiles, READ_CONCURRENCY, async (file) => {
    const text = file.status === 'added' ? undefined : await repository.committedText(path.join(workspace.contentFolder, inContent(file)));
    return [inContent(file), text ?? null] as const;
  });
  // Both sides through the workspace's parse cache: a file the committed side has as it is on disk is parsed once.
  const options = { ...(await workspace.loadOptions()), workingOnly: true };
  const [now, before] = await Promise.all([
    loadCorpus(workspace.contentFolder, options),
    loadCorpus(workspace.contentFolder, { ...options, overlay: Object.fromEntries(committed) }),
  ]);
  const documentPaths = new Set([...now.working.documents, ...before.working.documents].map((doc) => doc.path));
  return {
    raw,
    diff: diffEditions(before.working, now.working),
    otherFiles: raw.files.filter((file) => !documentPaths.has(inContent(file))),
    // A removed document is named by the file it had.
    files: new Map([...before.working.documents, ...now.working.documents].map((doc) => [doc.id, `${prefix}${doc.path}`])),
    mine: new Set(await repository.editedBy(editor)),
    vocabularies: now.working.vocabularies,
  };
}

export function changeRoutes({ workspace, repository, access }: EditorContext) {
  const routes = new Hono<Env>();
  /** `editor`: the session whose own files «Send inn» takes. */
  const changesOf = (repository: ContentRepository, editor: string): Promise<DraftChanges> => draftChanges(workspace, repository, editor);

  routes.get('/endringer', async (c) => {
    const changes = repository ? await changesOf(repository, c.get('session').id) : undefined;
    return respond(c, contextOf(c).t.editor.changes, 'changes', changesView(contextOf(c), changes, { notices: [] }));
  });

  routes.post('/endringer', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const context = contextOf(c);
    const title = context.t.editor.changes;
    if (!repository) return respond(c, title, 'changes', changesView(context, undefined, { notices: [] }));
    const message = (firstOf(form, 'melding') ?? '').trim();
    if (!message) {
      const changes = await changesOf(repository, c.get('session').id);
      return respond(c, title, 'changes', changesView(context, changes, { notices: [], messageProblem: context.t.editor.messageMissing }), 422);
    }
    const corpus = await workspace.corpus();
    const errors = corpus.problems.filter((problem: Problem) => problem.severity === 'error');
    if (errors.length > 0) {
      const changes = await changesOf(repository, c.get('session').id);
      return respond(c, title, 'changes', changesView(context, changes, { notices: [], message, contentErrors: errors }), 422);
    }
    const commit = await repository.commit(message, authorOf(c, access.hosted !== undefined), c.get('session').id);
    const changes = await changesOf(repository, c.get('session').id);
    const committed = commit ? notice('success', context.t.editor.committed(repository.branch, commit)) : notice('info', context.t.editor.nothingOfYours);
    return respond(c, title, 'changes', changesView(context, changes, { notices: [committed] }));
  });

  return routes;
}
