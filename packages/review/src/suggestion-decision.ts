/**
 * An editor's answer to a suggested edit, one way for `strategi comments accept|reject` and the web editor's
 * comments panel: which comment has an open suggestion, the document's file written with it (planned and checked
 * with the whole draft by `planSuggestion`, written atomically under the file's lock), the commit's words with the
 * reviewer as co-author — by name and a no-reply address, since a reviewer's e-mail is never shown — and the
 * comment closed with its disposition. How the commit is made is the caller's: the CLI commits in the working copy,
 * the web editor on its own branch.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type LoadOptions, replaceFile, withFileLock } from '@strategi/model';
import type { Comment, ReviewStore } from './store/store.ts';
import { planSuggestion, type SuggestionPlan } from './suggestion-source.ts';

export type OpenSuggestion = Comment & {
  suggestion: NonNullable<Comment['suggestion']>;
  quote: NonNullable<Comment['quote']>;
  /** Who suggested it: the person behind a group link with the link's name, «Kari Nordmann (Gruppe i Udir)», or the link's. */
  reviewer: string;
};

/**
 * Why there is no open suggestion to answer, as a code: the caller words it in its reader's language
 * (`@strategi/i18n`'s `suggestionLookup`).
 */
type SuggestionLookupRefusal =
  | { reason: 'missing'; id: number }
  | { reason: 'without-suggestion'; id: number }
  | { reason: 'decided'; id: number; state: 'accepted' | 'rejected'; by: string };

export type SuggestionLookup = { ok: true; comment: OpenSuggestion } | ({ ok: false } & SuggestionLookupRefusal);

/** The comment with an open suggestion, or why there is none to answer. */
export async function findOpenSuggestion(store: ReviewStore, id: number): Promise<SuggestionLookup> {
  const comment = await store.getComment(id);
  if (!comment) return { ok: false, reason: 'missing', id };
  const { suggestion, quote } = comment;
  if (!suggestion || !quote) return { ok: false, reason: 'without-suggestion', id };
  if (suggestion.state !== 'open') return { ok: false, reason: 'decided', id, state: suggestion.state, by: suggestion.decidedBy ?? '' };
  const person = (await store.commentPeople([id])).get(id);
  return { ok: true, comment: { ...comment, suggestion, quote, reviewer: person ? `${person.name} (${comment.author})` : comment.author } };
}

export interface SuggestionWrite {
  /** The edition's content folder, and the document's file relative to it. */
  contentFolder: string;
  file: string;
  comment: OpenSuggestion;
  options?: LoadOptions;
}

/** Applies the suggestion to the file and writes it when the whole draft still validates; the plan says why not. */
export function writeSuggestion(input: SuggestionWrite): Promise<SuggestionPlan> {
  const absolute = path.join(input.contentFolder, input.file);
  return withFileLock(absolute, async () => {
    const plan = await planSuggestion({
      contentFolder: input.contentFolder,
      file: input.file,
      text: await readFile(absolute, 'utf8'),
      suggestion: { quote: input.comment.quote, replacement: input.comment.suggestion.text },
      ...(input.options ? { options: input.options } : {}),
    });
    if (plan.planned) await replaceFile(absolute, plan.text);
    return plan;
  });
}

/** A name safe in a commit trailer: one line, no angle brackets. */
const trailerName = (name: string) => name.replace(/[\s<>]+/g, ' ').trim() || 'Leser';

/** The accepted suggestion's commit: its subject, and the reviewer for `Co-authored-by:` (one no-reply address per link). */
export function suggestionCommit(comment: OpenSuggestion, documentId: string): { subject: string; coAuthor: string; trailer: string } {
  const reviewer = trailerName(comment.reviewer);
  const coAuthor = `${reviewer} <leser-${comment.linkId}@noreply.invalid>`;
  return { subject: `${documentId}: forslaget fra ${reviewer} i kommentar #${comment.id}`, coAuthor, trailer: `Co-authored-by: ${coAuthor}` };
}

/** Records the answer and closes the comment: «tatt til følge» when accepted, «ikke tatt til følge» with the reason. */
export async function decideSuggestion(
  store: ReviewStore,
  id: number,
  decision: { state: 'accepted'; by: string; commit: string | null } | { state: 'rejected'; by: string; reason: string },
): Promise<void> {
  await store.decideSuggestion(id, decision);
  if (decision.state === 'accepted') await store.resolveWithDisposition(id, { disposition: 'tatt-til-folge', by: decision.by });
  else await store.resolveWithDisposition(id, { disposition: 'ikke-tatt-til-folge', by: decision.by, reason: decision.reason });
}
