/**
 * What a reader may do with comments, whether the request came as JSON or as a form: post, reply, edit and
 * delete their own, and (editors) mark as resolved. Each action answers with a status and either the comment or
 * a message in the reader's language.
 */
import { type UiLang, ui } from '@strategi/i18n';
import {
  type Annotation,
  type Comment,
  type CommentChange,
  commentChangeSchema,
  commentHtml,
  DISPOSITIONS,
  DispositionError,
  invalidInput,
  MAX_COMMENT_LENGTH,
  newCommentSchema,
  type ReviewStore,
  selectorsOf,
  toAnnotation,
} from '@strategi/review';
import type { ReviewContext } from './context.ts';
import { withDispositions } from './dispositions.ts';
import { authorName, isOwn } from './people.ts';
import { invalidInputText, roundRefusalText } from './refusal-words.ts';
import { pages, pageText } from './status-pages.ts';
import type { Reader } from './threads.ts';

export type Outcome<T> =
  | { ok: true; status: 200 | 201; value: T }
  | { ok: false; status: 400 | 403 | 404 | 429; message: string; hint?: string; retryAfter?: number };

const refuse = (status: 400 | 403 | 404, message: string, hint?: string): Outcome<never> => ({ ok: false, status, message, ...(hint ? { hint } : {}) });

const DAY_MS = 86_400_000;

/** The refusals' words in the reader's language. */
const words = (lang: UiLang) => ui(lang).reviewServer.refusals;

/**
 * The comments as annotations, each with its author as «Navn (lenkenavn)» when a named person wrote it, and what
 * became of a closed one in the reader's language.
 */
export async function annotate(store: ReviewStore, comments: Comment[], reader: Reader, lang: UiLang): Promise<Annotation[]> {
  const people = await store.commentPeople(comments.map((comment) => comment.id));
  const annotations = await Promise.all(
    comments.map(async (comment) => {
      const person = people.get(comment.id);
      const html = await commentHtml(comment.text, comment.format);
      return toAnnotation({ ...comment, author: authorName(comment, person) }, { html, own: isOwn(comment, person, reader) });
    }),
  );
  return withDispositions(store, annotations, lang);
}

/** Only the one who wrote it may change or delete it: the same person, or the same link when no person did. */
const ownedBy = async (store: ReviewStore, comment: Comment, reader: Reader) =>
  isOwn(comment, (await store.commentPeople([comment.id])).get(comment.id), reader);

/** Stores a new comment or reply; refused with 429 when the link has written its day's share already. */
export async function createComment(context: ReviewContext, reader: Reader, body: unknown): Promise<Outcome<Comment>> {
  const { store } = context;
  const parsed = newCommentSchema.safeParse(body);
  if (!parsed.success) return refuse(400, invalidInputText(invalidInput(parsed.error), context.lang));
  const input = parsed.data;
  const closed = await store.roundRefusal(input.edition, context.now());
  if (closed) {
    const { message, hint } = roundRefusalText(closed, context.lang);
    return refuse(403, message, hint);
  }
  const written = await store.countCommentsByLink(reader.linkId, new Date(context.now().getTime() - DAY_MS));
  if (written >= context.limits.commentsPerDay) {
    const { message, hint } = pageText(pages.tooManyComments, context.lang);
    return { ok: false, status: 429, message, ...(hint ? { hint } : {}), retryAfter: 3600 };
  }
  let parentId: number | null = null;
  if (input.replyTo !== undefined) {
    const parent = await store.getComment(input.replyTo);
    if (!parent || parent.document !== input.document || parent.edition !== input.edition) {
      const t = words(context.lang);
      return refuse(400, t.noParent(input.replyTo), t.reload);
    }
    // Threads are one level deep: a reply to a reply joins the thread of the first comment.
    parentId = parent.parentId ?? parent.id;
  }
  const { quote, position } = parentId === null ? selectorsOf(input) : { quote: null, position: null };
  const { comment, created } = await store.createComment({
    linkId: reader.linkId,
    author: reader.name,
    document: input.document,
    edition: input.edition,
    parentId,
    quote,
    position,
    text: input.text,
    format: input.format,
    clientKey: input.key === undefined ? null : `${reader.linkId}:${input.key}`,
    personId: reader.person?.id ?? null,
    suggestion: input.suggestion ?? null,
  });
  if (created) await context.notifications?.commentCreated(comment, reader);
  return { ok: true, status: created ? 201 : 200, value: comment };
}

export async function changeComment(store: ReviewStore, reader: Reader, id: number, body: unknown, lang: UiLang): Promise<Outcome<Comment>> {
  const t = words(lang);
  const parsed = commentChangeSchema.safeParse(body);
  if (!parsed.success) return refuse(400, invalidInputText(invalidInput(parsed.error), lang));
  const change: CommentChange = parsed.data;
  const comment = await store.getComment(id);
  if (!comment) return refuse(404, t.notFound(id), t.maybeDeleted);
  if (change.text !== undefined && !(await ownedBy(store, comment, reader))) return refuse(403, t.editOwn);
  if (change.resolved !== undefined && reader.role !== 'editor') return refuse(403, t.editorsOnly);
  let updated: Comment | undefined = comment;
  if (change.text !== undefined) updated = await store.updateText(id, change.text, change.format ?? comment.format);
  if (change.resolved !== undefined) updated = await store.setResolved(id, change.resolved ? reader.name : undefined);
  if (!updated) return refuse(404, t.notFound(id));
  return { ok: true, status: 200, value: updated };
}

export async function deleteComment(store: ReviewStore, reader: Reader, id: number, lang: UiLang): Promise<Outcome<null>> {
  const t = words(lang);
  const comment = await store.getComment(id);
  if (!comment) return refuse(404, t.notFound(id), t.deletedAlready);
  if (!(await ownedBy(store, comment, reader))) return refuse(403, t.deleteOwn);
  await store.deleteComment(id);
  return { ok: true, status: 200, value: null };
}

/** What an editor decided about a comment: one of the three dispositions, and a reason (needed for «ikke»). */
export interface DispositionInput {
  disposition?: unknown;
  reason?: unknown;
}

/**
 * An editor resolves a comment with a disposition, through the store function `strategi comments resolve` uses.
 * A reviewer may not; a reply has no disposition of its own (its thread's first comment has).
 */
export async function recordDisposition(store: ReviewStore, reader: Reader, id: number, input: DispositionInput, lang: UiLang): Promise<Outcome<Comment>> {
  const t = words(lang);
  if (reader.role !== 'editor') return refuse(403, t.editorsOnly);
  const disposition = DISPOSITIONS.find((kind) => kind === input.disposition);
  if (!disposition) return refuse(400, t.chooseOutcome);
  if (input.reason !== undefined && input.reason !== null && typeof input.reason !== 'string') return refuse(400, t.reasonText);
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason.length > MAX_COMMENT_LENGTH) return refuse(400, t.reasonLength(MAX_COMMENT_LENGTH));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(reason)) return refuse(400, t.reasonCharacter);
  const comment = await store.getComment(id);
  if (!comment) return refuse(404, t.notFound(id), t.maybeDeleted);
  if (comment.parentId !== null) return refuse(400, t.reply);
  const by = reader.person?.name ?? reader.name;
  let resolved: Comment | undefined;
  try {
    resolved = await store.resolveWithDisposition(id, { disposition, by, ...(reason ? { reason } : {}) });
  } catch (error) {
    // The store's check, in the reader's words.
    if (error instanceof DispositionError) return refuse(400, t.reasonNeeded, t.reasonHint);
    throw error;
  }
  if (!resolved) return refuse(404, t.notFound(id));
  return { ok: true, status: 200, value: resolved };
}
