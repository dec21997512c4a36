/**
 * Reviewers' comments on the edit page: the open comments of the review store on a document, placed in its text
 * as `strategi comments` places them (`locateQuote`), and «Merk som løst» — a write, so through the form reader
 * (origin, token, role) like every other. Without a review store the panel is left out.
 */
import { readFileSync } from 'node:fs';
import { contentTypeOf } from '@strategi/hosting';
import { type Comment, type DocumentSource, locateQuote } from '@strategi/review';
import { Hono } from 'hono';
import { contextOf, type EditorContext, type EditorRequest, type Env, plainPage } from '../context.ts';
import { readForm } from '../form-request.ts';
import type { Html } from '../html.ts';
import { authorOf } from '../identity.ts';
import { documentUrl } from '../views/overview.ts';
import { COMMENTS_SCRIPT, commentsPanel, type PanelComment } from '../views/review-comments.ts';
import type { OpenDocument } from '../workspace.ts';

const script = readFileSync(new URL('../../public/kommentarer.js', import.meta.url), 'utf8');
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

export function reviewCommentRoutes({ workspace, access, reviews: store }: EditorContext) {
  const routes = new Hono<Env>();
  routes.get(COMMENTS_SCRIPT, (c) => c.body(script, 200, { 'Content-Type': contentTypeOf('kommentarer.js') }));

  routes.post('/kommentarer/:id/lost', async (c) => {
    const form = await readForm(c, access);
    if (form instanceof Response) return form;
    const { t } = contextOf(c);
    const id = Number(c.req.param('id'));
    const comment = store && Number.isSafeInteger(id) ? await store.getComment(id) : undefined;
    const document = comment ? (await workspace.corpus()).working.byId.get(comment.document) : undefined;
    if (!store || !comment || !document) return plainPage(c, 404, t.editor.notFound);
    await store.setResolved(id, authorOf(c, access.hosted !== undefined)?.name ?? t.editor.appName);
    // Back to the document's own page (never to an address from the form), where the panel says it is done.
    return c.redirect(`${documentUrl(document)}?lost=${id}#kommentarer`, 303);
  });

  return routes;
}

/** The panel of a working-draft document's open comments, or nothing without a review store. */
export async function reviewCommentsPanel({ reviews: store }: EditorContext, c: EditorRequest, document: OpenDocument): Promise<Html | ''> {
  if (!store) return '';
  const comments = (await store.listComments({ document: document.id, open: true }, { limit: MAX_COMMENTS })).filter((comment) => comment.parentId === null);
  const source = sourceOf(document);
  const resolved = Number(c.req.query('lost'));
  return commentsPanel(contextOf(c), {
    field: document.data ? BODY_FIELD_ID : TEXT_FIELD_ID,
    resolved: Number.isSafeInteger(resolved) && resolved > 0 ? resolved : undefined,
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
