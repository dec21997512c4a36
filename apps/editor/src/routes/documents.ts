/**
 * One document: its form (read-only for a released version), and a save — through the form, or as text when its
 * frontmatter cannot be read — that ends saved, unchanged, refused with the problems on their fields, or in a
 * conflict with the file as it is now shown beside what was typed. Inserting a link shows the form again unsaved.
 */
import type { Corpus } from '@strategi/model';
import type { Problem } from '@strategi/problems';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type EditorRequest, type Env, kindParam, plainPage, respond } from '../context.ts';
import type { Conflicts } from '../drafts-conflict.ts';
import { conflictSection } from '../drafts-conflict-view.ts';
import { firstOf, readForm } from '../form-request.ts';
import { commitTime, discardPage, documentTools, historyPage } from '../history-views.ts';
import { type Html, html } from '../html.ts';
import { withLink } from '../link-insertion.ts';
import { submittedBody } from '../submission.ts';
import { choicesOf, documentForm } from '../views/document-form.ts';
import { notice } from '../views/layout.ts';
import { documentUrl } from '../views/overview.ts';
import { textForm } from '../views/text-form.ts';
import type { OpenDocument, PlannedDocument, SaveOutcome } from '../workspace.ts';
import { reviewCommentsPanel } from './review-comments.ts';

interface DocumentState {
  /** A released version: the form is read-only. */
  edition?: string;
  planned?: PlannedDocument;
  problems?: Problem[];
  notices?: Html[];
  body?: string;
  status?: 200 | 409 | 422;
  /** Shown beside the form after a conflict: the file as it is now. */
  current?: OpenDocument;
  /** After a conflict in a form: the fields both sides changed, and what was typed. */
  conflicts?: { conflicts: Conflicts; typed: { data: Record<string, unknown>; body: string } };
  /** The form shows work that is not on disk. */
  unsaved?: boolean;
  /** A browser draft made obsolete by a save. */
  clearDraft?: string;
}

const draftKey = (document: OpenDocument) => `${document.kind}/${document.id}`;

const problemsOf = (corpus: Corpus, document: OpenDocument) => corpus.working.problems.filter((problem) => problem.file === document.display);

export function documentRoutes(editor: EditorContext) {
  const { workspace, config, access, repository } = editor;
  /** The file as the last submission has it, when it has one and the file differs from it now. */
  const committedChange = async (document: OpenDocument) => {
    const committed = await repository?.committedText(document.absolute);
    return committed !== undefined && committed !== document.text ? committed : undefined;
  };

  /** The form of an open document, with what a save or a link insertion left in it. */
  const showDocument = async (c: EditorRequest, document: OpenDocument, state: DocumentState) => {
    const context = contextOf(c);
    const corpus = await workspace.corpus();
    const kindConfig = config[document.kind];
    const title = String(document.data?.[kindConfig.titleField] ?? document.id);
    const readOnly = state.edition !== undefined;
    const beside = state.current
      ? html`<section class="konflikt" aria-labelledby="konflikt-overskrift"><h2 class="ds-heading" data-size="sm" id="konflikt-overskrift">${context.t.editor.conflictCurrent}</h2><pre class="konflikt-tekst" tabindex="0" data-konflikt="naa">${state.current.text}</pre></section>`
      : html``;
    const notices = [...(readOnly ? [notice('info', context.t.editor.readOnly)] : []), ...(state.notices ?? []), beside];
    const tools = readOnly ? html`` : documentTools(context, documentUrl(document), (await committedChange(document)) !== undefined);
    if (!document.data) {
      notices.unshift(tools);
      const shown = state.planned ? { ...document, text: state.planned.text } : document;
      return respond(c, title, 'documents', textForm(context, shown, state.problems ?? problemsOf(corpus, document), notices), state.status ?? 200);
    }
    const form = documentForm(context, {
      config: kindConfig,
      mode: readOnly ? 'read-only' : 'edit',
      action: documentUrl(document),
      id: document.id,
      display: document.display,
      relative: document.relative,
      hash: document.hash,
      data: state.planned?.data ?? document.data ?? {},
      body: state.body ?? state.planned?.body ?? document.parsed.body,
      choices: choicesOf(corpus),
      problems: state.problems ?? (readOnly ? [] : problemsOf(corpus, document)),
      checked: state.planned?.parsed ?? document.parsed,
      notices,
      ...(state.conflicts && state.current?.data
        ? {
            conflict: conflictSection(context, {
              config: kindConfig,
              ...state.conflicts,
              current: { data: state.current.data, body: state.current.parsed.body },
            }),
          }
        : {}),
      ...(readOnly ? {} : { unsaved: state.unsaved ?? false }),
      ...(state.clearDraft ? { clearDraft: state.clearDraft } : {}),
    });
    return respond(
      c,
      title,
      'documents',
      html`<h1 class="ds-heading" data-size="lg">${context.t.editor.editHeading(title)}</h1>${tools}${form}${readOnly ? '' : await reviewCommentsPanel(editor, c, document)}`,
      state.status ?? 200,
    );
  };

  const routes = new Hono<Env>();

  routes.get('/dokument/:kind/:id', async (c) => {
    const kind = kindParam(c.req.param('kind'));
    const edition = c.req.query('utgave');
    const document = kind ? await workspace.open(kind, c.req.param('id'), edition) : undefined;
    if (!document) return plainPage(c, 404, contextOf(c).t.editor.notFound);
    const created = c.req.query('opprettet') !== undefined && !edition;
    const notices = created ? [notice('success', contextOf(c).t.editor.created(document.display))] : [];
    // A new document's browser draft is obsolete once it is created.
    return showDocument(c, document, { ...(edition ? { edition } : {}), notices, ...(created ? { clearDraft: `ny/${document.kind}` } : {}) });
  });

  routes.post('/dokument/:kind/:id', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const t = contextOf(c).t;
    if (c.req.query('utgave')) return plainPage(c, 403, t.editor.readOnly);
    const kind = kindParam(c.req.param('kind'));
    const document = kind ? await workspace.open(kind, c.req.param('id')) : undefined;
    if (!document) return plainPage(c, 404, t.editor.notFound);
    if (firstOf(form, 'handling') === 'lenke')
      return showDocument(c, document, {
        // The form's values as they were typed (a file edited as text has no form to keep).
        ...(document.data ? { planned: workspace.preview(config[document.kind], document, form) } : {}),
        body: withLink(workspace, submittedBody(form) ?? '', form, document.relative),
        notices: [notice('info', t.editor.linkInserted)],
        unsaved: true,
      });
    const outcome = document.data
      ? await workspace.save(config[document.kind], document, form, firstOf(form, 'hash'))
      : await workspace.saveText(document, firstOf(form, 'tekst') ?? '', firstOf(form, 'hash'));
    switch (outcome.type) {
      case 'conflict':
        // What the editor typed stays in the form, the file as it is now beside it; the form now carries the
        // current file's hash, so saving again is a choice made with both in view.
        return showDocument(c, outcome.current ?? document, {
          planned: outcome.planned,
          notices: [notice('danger', t.editor.conflict)],
          status: 409,
          unsaved: true,
          ...(outcome.current ? { current: outcome.current } : {}),
          ...(outcome.conflicts && outcome.typed ? { conflicts: { conflicts: outcome.conflicts, typed: outcome.typed } } : {}),
        });
      case 'unchanged':
        return showDocument(c, document, { notices: [notice('info', t.editor.unchanged)], clearDraft: draftKey(document) });
      case 'saved':
        return showDocument(c, outcome.document, { notices: [notice('success', t.editor.saved)], problems: outcome.warnings, clearDraft: draftKey(document) });
      case 'refused':
        return showDocument(c, document, {
          planned: outcome.planned,
          problems: outcome.problems,
          notices: [notice('danger', t.editor.refused)],
          status: 422,
          unsaved: true,
        });
    }
  });

  /** The working draft's document a history or discard route names, or the 404 to answer with. */
  const documentOf = async (c: EditorRequest) => {
    const kind = kindParam(c.req.param('kind') ?? '');
    const document = kind ? await workspace.open(kind, c.req.param('id') ?? '') : undefined;
    return document ?? plainPage(c, 404, contextOf(c).t.editor.notFound);
  };
  const titleOf = (document: OpenDocument) => String(document.data?.[config[document.kind].titleField] ?? document.id);

  /** After a restore: the form with what happened, the way a save ends. */
  const restored = (c: EditorRequest, document: OpenDocument, outcome: SaveOutcome, done: Html) => {
    const t = contextOf(c).t;
    switch (outcome.type) {
      case 'saved':
        return showDocument(c, outcome.document, { notices: [notice('success', done)], problems: outcome.warnings, clearDraft: draftKey(document) });
      case 'unchanged':
        return showDocument(c, document, { notices: [notice('info', t.editor.unchanged)] });
      case 'conflict':
        return showDocument(c, outcome.current ?? document, { notices: [notice('danger', t.editor.staleAction)], status: 409 });
      case 'refused':
        return showDocument(c, document, {
          planned: outcome.planned,
          problems: outcome.problems,
          notices: [notice('danger', t.editor.refused)],
          status: 422,
          unsaved: true,
        });
    }
  };

  routes.get('/dokument/:kind/:id/historikk', async (c) => {
    const document = await documentOf(c);
    if (document instanceof Response) return document;
    const versions = (await repository?.history(document.absolute)) ?? [];
    const title = titleOf(document);
    return respond(c, title, 'documents', historyPage(contextOf(c), title, documentUrl(document), document.hash, versions, []));
  });

  routes.post('/dokument/:kind/:id/historikk', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const document = await documentOf(c);
    if (document instanceof Response) return document;
    const context = contextOf(c);
    // Only a version from this document's own history: never any blob the repository holds.
    const version = ((await repository?.history(document.absolute)) ?? []).find((entry) => entry.commit === firstOf(form, 'commit'));
    const text = version ? await repository?.textAt(version.commit, version.path) : undefined;
    if (!version || text === undefined) return plainPage(c, 404, context.t.editor.versionNotFound);
    const outcome = await workspace.restore(document, text, firstOf(form, 'hash'));
    return restored(c, document, outcome, html`${context.t.editor.restored(commitTime(context, version.date))}`);
  });

  routes.get('/dokument/:kind/:id/forkast', async (c) => {
    const document = await documentOf(c);
    if (document instanceof Response) return document;
    const title = titleOf(document);
    if ((await committedChange(document)) === undefined)
      return showDocument(c, document, { notices: [notice('info', contextOf(c).t.editor.nothingToDiscard)] });
    return respond(c, title, 'documents', discardPage(contextOf(c), title, documentUrl(document), document.hash));
  });

  routes.post('/dokument/:kind/:id/forkast', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const document = await documentOf(c);
    if (document instanceof Response) return document;
    const committed = await committedChange(document);
    if (committed === undefined) return showDocument(c, document, { notices: [notice('info', contextOf(c).t.editor.nothingToDiscard)] });
    return restored(c, document, await workspace.restore(document, committed, firstOf(form, 'hash')), html`${contextOf(c).t.editor.discarded}`);
  });

  return routes;
}
