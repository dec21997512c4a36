/**
 * Reviewers' comments on the edit page: the open comments of the review store on a document, placed in its text
 * as `strategi comments` places them (`locateQuote`), and «Merk som løst» — a write, so through the form reader
 * (origin, token, role) like every other. Without a review store the panel is left out.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ui } from '@strategi/i18n';
import type { Problem } from '@strategi/problems';
import {
  type Comment,
  DISPOSITIONS,
  DispositionError,
  type DocumentSource,
  decideSuggestion,
  findOpenSuggestion,
  locateQuote,
  suggestionCommit,
  writeSuggestion,
} from '@strategi/review';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type EditorRequest, type Env, plainPage, respond } from '../context.ts';
import { firstOf, readForm } from '../form-request.ts';
import { type Html, html } from '../html.ts';
import { authorOf } from '../identity.ts';
import { documentUrl } from '../views/overview.ts';
import { commentsPanel, type PanelComment, resolvePage } from '../views/review-comments.ts';
import type { OpenDocument } from '../workspace.ts';

/** The field the lines count in: the body's in a form, the whole file's when it is edited as text. */
const BODY_FIELD_ID = 'felt-body';
const TEXT_FIELD_ID = 'tekst';
/** A page never lists more comments than this on one document. */
const MAX_COMMENTS = 200;

/** What of the document a passage can be found in: its body, and its frontmatter's text fields (the title …). */
function sourceOf(document: OpenDocument): DocumentSource {
  const lines = document.text.split('\n');
  const fields: DocumentSource['fields'] = [];
  for (const [key, value] of Object.entries(document.data ?? {})) {
    const range = document.parsed.values[key];
    if (typeof value !== 'string' || !range) continue;
    // A quoted YAML value starts one character after its quote mark.
    const quoted = /["']/.test(lines[range.line - 1]?.[range.column - 1] ?? '');
    fields.push({ value, line: range.line, column: range.column + (quoted ? 1 : 0) });
  }
  return { body: document.parsed.body, bodyLine: document.parsed.bodyLine, fields };
}

/** A comment's passage in the text field the page shows (lines counted from the body's first in a form), if there. */
function placeOf(document: OpenDocument, source: DocumentSource, comment: Comment): Pick<PanelComment, 'place' | 'found'> {
  const place = locateQuote(source, comment.quote);
  if (place.kind === 'orphan' || place.kind === 'document') return { place: undefined, found: place.kind === 'document' };
  if (!document.data) return { place: { line: place.line, column: place.column }, found: true };
  const inBody = place.line >= source.bodyLine;
  return { place: inBody ? { line: place.line - source.bodyLine + 1, column: place.column } : undefined, found: true };
}

/** A suggestion not taken in (or a comment not resolved), and why: the reason in words, the problems the draft would get, and the way back. */
function refusal(c: EditorRequest, back: string, reason: string, problems: readonly Problem[] = [], status: 400 | 409 = 409, title?: string) {
  const { t } = contextOf(c);
  const heading = title ?? t.editor.reviewComments.notApplied;
  return respond(
    c,
    heading,
    'documents',
    html`<h1 class="ds-heading" data-size="md">${heading}</h1>
<div class="ds-alert" data-color="danger" role="alert"><p class="ds-paragraph">${reason}</p>${
      problems.length > 0
        ? html`<ul>${problems.map((problem) => html`<li>${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.ruleId}]</li>`)}</ul>`
        : ''
    }</div>
<p class="ds-paragraph"><a class="ds-link" href="${back}">${t.editor.reviewComments.backToDocument}</a></p>`,
    status,
  );
}

export function reviewCommentRoutes({ workspace, access, repository, reviews: store }: EditorContext) {
  const routes = new Hono<Env>();

  const editorName = (c: EditorRequest) => authorOf(c, access.hosted !== undefined)?.name ?? contextOf(c).t.editor.appName;

  /** «Merk som løst»: the page that asks what became of the comment (the answer is posted to `/lost`). */
  routes.get('/kommentarer/:id/utfall', async (c) => {
    const context = contextOf(c);
    const id = Number(c.req.param('id'));
    const comment = store && Number.isSafeInteger(id) ? await store.getComment(id) : undefined;
    const document = comment ? (await workspace.corpus()).working.byId.get(comment.document) : undefined;
    if (!comment || !document || comment.parentId !== null || comment.resolvedAt !== null) return plainPage(c, 404, context.t.editor.notFound);
    if (!context.canEdit) return plainPage(c, 403, context.t.editor.readOnlyRole);
    const panelComment = { id, quote: comment.quote?.exact, text: comment.text, author: comment.author };
    return respond(c, context.t.editor.reviewComments.resolve, 'documents', resolvePage(context, panelComment, `${documentUrl(document)}#kommentar-${id}`));
  });

  routes.post('/kommentarer/:id/lost', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const { t } = contextOf(c);
    const id = Number(c.req.param('id'));
    const comment = store && Number.isSafeInteger(id) ? await store.getComment(id) : undefined;
    const document = comment ? (await workspace.corpus()).working.byId.get(comment.document) : undefined;
    if (!store || !comment || !document) return plainPage(c, 404, t.editor.notFound);
    // What became of it, recorded as `strategi comments resolve` and the review page record it.
    const back = documentUrl(document);
    const disposition = DISPOSITIONS.find((kind) => kind === firstOf(form, 'utfall'));
    if (!disposition) return refusal(c, back, t.editor.reviewComments.chooseOutcome, [], 400, t.editor.reviewComments.notResolved);
    const reason = firstOf(form, 'begrunnelse')?.trim();
    try {
      await store.resolveWithDisposition(id, { disposition, by: editorName(c), ...(reason ? { reason } : {}) });
    } catch (error) {
      if (error instanceof DispositionError) return refusal(c, back, error.message, [], 400, t.editor.reviewComments.notResolved);
      throw error;
    }
    // Back to the document's own page (never to an address from the form), where the panel says it is done.
    return c.redirect(`${documentUrl(document)}?lost=${id}#kommentarer`, 303);
  });

  /** The comment with an open suggestion and its document in the working draft, or the answer to give instead. */
  const suggestionOf = async (c: EditorRequest) => {
    const { t } = contextOf(c);
    const id = Number(c.req.param('id'));
    const comment = store && Number.isSafeInteger(id) ? await store.getComment(id) : undefined;
    const edition = comment ? (await workspace.corpus()).working : undefined;
    const document = comment ? edition?.byId.get(comment.document) : undefined;
    if (!store || !edition || !document) return { response: plainPage(c, 404, t.editor.notFound) } as const;
    const back = documentUrl(document);
    const found = await findOpenSuggestion(store, id);
    if (!found.ok) return { response: refusal(c, back, t.suggestionLookup(found)) } as const;
    return { store, id, edition, document, back, comment: found.comment } as const;
  };

  /**
   * «Godta»: the suggestion written into the document when the whole draft still validates, and that file alone
   * committed as the editor with the reviewer as co-author. A document with changes not yet submitted is refused:
   * they are not the reviewer's to be credited with.
   */
  routes.post('/kommentarer/:id/godta', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const { t, lang } = contextOf(c);
    const found = await suggestionOf(c);
    if ('response' in found) return found.response;
    const { id, edition, document, back, comment } = found;
    const absolute = path.join(edition.root, document.path);
    if (repository && (await repository.committedText(absolute)) !== (await readFile(absolute, 'utf8'))) {
      return refusal(c, back, t.editor.reviewComments.uncommitted);
    }
    const plan = await writeSuggestion({ contentFolder: edition.root, file: document.path, comment, options: await workspace.loadOptions() });
    if (!plan.planned) return refusal(c, back, ui(lang).suggestionRefusals[plan.refusal], plan.problems);
    const { subject, trailer } = suggestionCommit(comment, document.id);
    const commit = repository ? await repository.commitFile(absolute, `${subject}\n\n${trailer}`, authorOf(c, access.hosted !== undefined)) : undefined;
    await decideSuggestion(found.store, id, { state: 'accepted', by: editorName(c), commit: commit ?? null });
    return c.redirect(`${back}?godtatt=${id}${commit ? `&commit=${commit}` : ''}#kommentarer`, 303);
  });

  /** «Avvis»: the reason is required, since the reviewer reads it; the comment is closed as not taken into account. */
  routes.post('/kommentarer/:id/avvis', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const { t } = contextOf(c);
    const found = await suggestionOf(c);
    if ('response' in found) return found.response;
    const reason = firstOf(form, 'begrunnelse')?.trim();
    if (!reason) return refusal(c, found.back, t.editor.reviewComments.reasonRequired, [], 400);
    await decideSuggestion(found.store, found.id, { state: 'rejected', by: editorName(c), reason });
    return c.redirect(`${found.back}?avvist=${found.id}#kommentarer`, 303);
  });

  return routes;
}

/** The panel of a working-draft document's open comments, or nothing without a review store. */
export async function reviewCommentsPanel({ reviews: store }: EditorContext, c: EditorRequest, document: OpenDocument): Promise<Html | ''> {
  if (!store) return '';
  const comments = (await store.listComments({ document: document.id, open: true }, { limit: MAX_COMMENTS })).filter((comment) => comment.parentId === null);
  const source = sourceOf(document);
  const resolved = Number(c.req.query('lost'));
  const accepted = Number(c.req.query('godtatt'));
  const commit = c.req.query('commit');
  return commentsPanel(contextOf(c), {
    field: document.data ? BODY_FIELD_ID : TEXT_FIELD_ID,
    resolved: Number.isSafeInteger(resolved) && resolved > 0 ? resolved : undefined,
    answered:
      Number.isSafeInteger(accepted) && accepted > 0
        ? { kind: 'accepted', commit: commit && /^[0-9a-f]{4,40}$/.test(commit) ? commit : undefined }
        : c.req.query('avvist')
          ? { kind: 'rejected' }
          : undefined,
    comments: comments.map((comment) => ({
      id: comment.id,
      author: comment.author,
      text: comment.text,
      created: comment.createdAt,
      quote: comment.quote?.exact,
      ...placeOf(document, source, comment),
      suggestion: comment.suggestion?.state === 'open' ? comment.suggestion.text : undefined,
    })),
  });
}
