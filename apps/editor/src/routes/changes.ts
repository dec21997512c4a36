/**
 * The changes of the content folder since the editor's branch, and sending them in: a commit on that branch with a
 * message, refused while the content has errors. Without a git repository the page says so.
 */
import type { Problem } from '@strategi/problems';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type Env, respond } from '../context.ts';
import { firstOf, readForm } from '../form-request.ts';
import { changesView } from '../views/changes.ts';
import { notice } from '../views/layout.ts';

/** The address commits made in a hosted session are written with (the name is the share link's). */
const COMMIT_EMAIL = 'nettredigering@localhost';

export function changeRoutes({ workspace, repository, access }: EditorContext) {
  const routes = new Hono<Env>();

  routes.get('/endringer', async (c) => {
    const changes = repository ? await repository.changes() : undefined;
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
      const changes = await repository.changes();
      return respond(c, title, 'changes', changesView(context, changes, { notices: [], messageProblem: context.t.editor.messageMissing }), 422);
    }
    const corpus = await workspace.corpus();
    const errors = corpus.problems.filter((problem: Problem) => problem.severity === 'error');
    if (errors.length > 0) {
      const changes = await repository.changes();
      return respond(c, title, 'changes', changesView(context, changes, { notices: [], message, contentErrors: errors }), 422);
    }
    const session = c.get('session');
    const commit = await repository.commit(message, session.name ? { name: session.name, email: COMMIT_EMAIL } : undefined);
    const changes = await repository.changes();
    const committed = notice('success', context.t.editor.committed(repository.branch, commit));
    return respond(c, title, 'changes', changesView(context, changes, { notices: [committed] }));
  });

  return routes;
}
