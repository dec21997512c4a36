/**
 * Comments as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): the passage is the target, found by a
 * TextQuoteSelector (the quote with some text before and after) and a TextPositionSelector (character offsets
 * in the section's text), and the comment is a TextualBody. This module checks what a client sends and says
 * what the API returns.
 */
import { refusals, textRefusal } from '@strategi/hosting';
import { z } from 'zod';
import { MAX_COMMENT_LENGTH } from './comment-text.ts';
import type { Comment, SuggestedEdit, TextPosition, TextQuote } from './store/store.ts';

export const MAX_QUOTE_LENGTH = 2000;
export const MAX_CONTEXT_LENGTH = 64;

/**
 * Text a person sent: no NUL or other control character but tab and line breaks (PostgreSQL cannot store a NUL,
 * and none belongs in a comment), so such a request is a 400, never a 500 from the database.
 */
const storable = (schema: z.ZodString) =>
  schema.refine((value) => textRefusal(value, Number.POSITIVE_INFINITY) === undefined, { message: refusals.badText.message });

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: storable(z.string().min(1).max(MAX_QUOTE_LENGTH)),
  prefix: storable(z.string().max(MAX_CONTEXT_LENGTH)).default(''),
  suffix: storable(z.string().max(MAX_CONTEXT_LENGTH)).default(''),
});

const positionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: z.int().min(0), end: z.int().min(0) })
  .refine((selector) => selector.end >= selector.start, { path: ['end'] });

const selectorSchema = z.discriminatedUnion('type', [quoteSelector, positionSelector]);

/** A document id as the site shows it (`T-12`, `KD`, `private-eiere`, `Språkrådet`). */
const documentId = z
  .string()
  .max(80)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);
/** `utkast` or a version id. */
const editionId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

const commentText = storable(z.string().trim().min(1).max(MAX_COMMENT_LENGTH));

export const newCommentSchema = z
  .strictObject({
    document: documentId,
    edition: editionId,
    text: commentText,
    format: z.enum(['text', 'markdown']).default('text'),
    replyTo: z.int().positive().optional(),
    target: z.strictObject({ selector: z.array(selectorSchema).max(2) }).optional(),
    /** A key of the client's choosing; the same key twice stores one comment. */
    key: storable(z.string().min(1).max(100)).optional(),
    /** Replacement text for the quoted passage (a suggested edit): only with a quote, never on a reply. */
    suggestion: storable(z.string().trim().min(1).max(MAX_COMMENT_LENGTH)).optional(),
  })
  .refine(
    (input) =>
      input.suggestion === undefined || (input.replyTo === undefined && input.target?.selector.some((selector) => selector.type === 'TextQuoteSelector')),
    { path: ['suggestion'], message: 'suggestion-without-quote' },
  );

export const commentChangeSchema = z
  .strictObject({
    text: commentText.optional(),
    format: z.enum(['text', 'markdown']).optional(),
    resolved: z.boolean().optional(),
  })
  .refine((change) => change.text !== undefined || change.resolved !== undefined, { path: ['text'] });

export type NewCommentInput = z.output<typeof newCommentSchema>;
export type CommentChange = z.output<typeof commentChangeSchema>;

/** The selectors of a new comment, as the store keeps them. */
export function selectorsOf(input: NewCommentInput): { quote: TextQuote | null; position: TextPosition | null } {
  const selectors = input.target?.selector ?? [];
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  return {
    quote: quote ? { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix } : null,
    position: position ? { start: position.start, end: position.end } : null,
  };
}

/** The first thing wrong in a request body, as a code the server words in the reader's language. */
export type InvalidInput =
  | { code: 'request' | 'bad-text' | 'text-empty' | 'text-missing' | 'suggestion-empty' | 'suggestion-without-quote' }
  | { code: 'text-too-long' | 'suggestion-too-long' | 'quote-too-long'; max: number }
  | { code: 'unknown-field' | 'field-missing' | 'field-invalid'; field: string };

export function invalidInput(error: z.ZodError): InvalidInput {
  const issue = error.issues[0];
  if (!issue) return { code: 'request' };
  const field = issue.path.join('.');
  if (issue.code === 'custom' && issue.message === refusals.badText.message) return { code: 'bad-text' };
  if (field === 'text') {
    if (issue.code === 'too_big') return { code: 'text-too-long', max: MAX_COMMENT_LENGTH };
    if (issue.code === 'too_small') return { code: 'text-empty' };
    if (issue.code === 'invalid_type' && issue.input === undefined) return { code: 'text-missing' };
  }
  if (field === 'suggestion') {
    if (issue.code === 'too_big') return { code: 'suggestion-too-long', max: MAX_COMMENT_LENGTH };
    if (issue.code === 'too_small') return { code: 'suggestion-empty' };
    if (issue.code === 'custom' && issue.message === 'suggestion-without-quote') return { code: 'suggestion-without-quote' };
  }
  if (issue.code === 'unrecognized_keys') return { code: 'unknown-field', field: issue.keys[0] ?? '' };
  if (field.startsWith('target') && issue.code === 'too_big') return { code: 'quote-too-long', max: MAX_QUOTE_LENGTH };
  if (field === '') return { code: 'request' };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { code: 'field-missing', field };
  return { code: 'field-invalid', field };
}

export interface Annotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'replying';
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  /** No `language`: the comment may be written in any language, and the server does not know which. */
  body: { type: 'TextualBody'; value: string; format: 'text/plain' | 'text/markdown' };
  target: {
    source: string;
    selector?: ({ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } | { type: 'TextPositionSelector'; start: number; end: number })[];
  };
  /** Not in the W3C model: what the review server adds. */
  number: number;
  document: string;
  edition: string;
  replyTo: number | null;
  resolved: { at: string; by: string | null } | null;
  /** The comment as safe HTML. */
  html: string;
  /** Whether the one asking wrote it (and so may change or delete it). */
  own: boolean;
  /** Replacement text suggested for the passage, and what became of it (an editor's name, never an address). */
  suggestion?: SuggestedEdit;
}

/** The annotation a comment is, as the API returns it. `source` names the document in the edition reviewed. */
export function toAnnotation(comment: Comment, extra: { html: string; own: boolean }): Annotation {
  const selector: NonNullable<Annotation['target']['selector']> = [];
  if (comment.quote) selector.push({ type: 'TextQuoteSelector', ...comment.quote });
  if (comment.position) selector.push({ type: 'TextPositionSelector', ...comment.position });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `/api/kommentarer/${comment.id}`,
    type: 'Annotation',
    motivation: comment.parentId === null ? 'commenting' : 'replying',
    created: comment.createdAt,
    modified: comment.updatedAt,
    creator: { type: 'Person', name: comment.author },
    body: { type: 'TextualBody', value: comment.text, format: comment.format === 'markdown' ? 'text/markdown' : 'text/plain' },
    target: { source: `urn:strategi:${comment.edition}:${comment.document}`, ...(selector.length > 0 ? { selector } : {}) },
    number: comment.id,
    document: comment.document,
    edition: comment.edition,
    replyTo: comment.parentId,
    resolved: comment.resolvedAt ? { at: comment.resolvedAt, by: comment.resolvedBy } : null,
    html: extra.html,
    own: extra.own,
    ...(comment.suggestion ? { suggestion: comment.suggestion } : {}),
  };
}
