/**
 * A new document of a kind (not the strategy, of which there is one): the empty form, and a creation that ends in
 * the new document's page or the form again with the problems on their fields.
 */
import type { Problem } from '@strategi/problems';
import { type DocumentKind, documentKinds } from '@strategi/schema';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type EditorRequest, type Env, kindParam, plainPage, respond } from '../context.ts';
import { firstOf, readForm } from '../form-request.ts';
import { type Html, html } from '../html.ts';
import { withLink } from '../link-insertion.ts';
import { submittedBody } from '../submission.ts';
import { choicesOf, documentForm } from '../views/document-form.ts';
import { notice } from '../views/layout.ts';
import type { PlannedDocument } from '../workspace.ts';

interface NewState {
  planned?: PlannedDocument;
  problems?: Problem[];
  notices?: Html[];
  body?: string;
  /** The id typed for a kind without an id series (actors), kept as typed. */
  typedId?: string;
  status?: 200 | 422;
}

/** The kind a new document may be made of, or undefined. */
const newKind = (value: string): DocumentKind | undefined => {
  const kind = kindParam(value);
  return kind === 'strategy' ? undefined : kind;
};

/** Where a new document of the kind would lie, for its body's relative links before it has an id. */
const examplePath = (kind: DocumentKind) => `${documentKinds[kind].folder}/${documentKinds[kind].idExample}.md`;

export function newDocumentRoutes({ workspace, config, access }: EditorContext) {
  const showNew = async (c: EditorRequest, kind: DocumentKind, state: NewState) => {
    const context = contextOf(c);
    const corpus = await workspace.corpus();
    const heading = context.t.editor.newHeading(documentKinds[kind].words[context.lang].singular);
    const form = documentForm(context, {
      config: config[kind],
      mode: 'new',
      action: `/ny/${kind}`,
      id: undefined,
      display: state.planned?.display ?? '',
      relative: examplePath(kind),
      hash: undefined,
      data: { ...(state.planned?.data ?? {}), ...(state.typedId !== undefined ? { id: state.typedId } : {}) },
      body: state.body ?? state.planned?.body ?? '',
      choices: choicesOf(corpus),
      problems: state.problems ?? [],
      checked: state.planned?.parsed,
      notices: state.notices ?? [],
    });
    return respond(c, heading, 'documents', html`<h1 class="ds-heading" data-size="lg">${heading}</h1>${form}`, state.status ?? 200);
  };

  const routes = new Hono<Env>();

  routes.get('/ny/:kind', async (c) => {
    const kind = newKind(c.req.param('kind'));
    if (!kind) return plainPage(c, 404, contextOf(c).t.editor.notFound);
    if (!c.get('session').canEdit) return plainPage(c, 403, contextOf(c).t.editor.readOnlyRole);
    return showNew(c, kind, {});
  });

  routes.post('/ny/:kind', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const kind = newKind(c.req.param('kind'));
    if (!kind) return plainPage(c, 404, contextOf(c).t.editor.notFound);
    const t = contextOf(c).t;
    const typedId = firstOf(form, 'nytt-id');
    const typed = typedId === undefined ? {} : { typedId };
    if (firstOf(form, 'handling') === 'lenke')
      return showNew(c, kind, {
        planned: workspace.previewNew(config[kind], form, typedId),
        body: withLink(workspace, submittedBody(form) ?? '', form, examplePath(kind)),
        notices: [notice('info', t.editor.linkInserted)],
        ...typed,
      });
    const outcome = await workspace.create(config[kind], form, typedId);
    if (outcome.type === 'created') return c.redirect(`/dokument/${kind}/${encodeURIComponent(outcome.id)}?opprettet=1`, 303);
    return showNew(c, kind, {
      planned: outcome.planned,
      problems: outcome.problems,
      notices: [notice('danger', t.editor.refused)],
      status: 422,
      ...typed,
    });
  });

  return routes;
}
