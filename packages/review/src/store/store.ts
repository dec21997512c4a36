/**
 * The review store: share links and comments, the same queries for SQLite and PostgreSQL. Every write is one
 * statement (or one transaction) that has committed before the method returns, so a caller that answers a
 * reviewer after `await` never acknowledges a comment that a crash could lose.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { type Disposition, dispositionProblem, type NewDisposition } from '../dispositions.ts';
import { type Round, type RoundRefusal, roundRefusal, roundWarnings } from '../rounds.ts';
import { type OpenDatabase, openDatabase, type StoreLocation } from './database.ts';
import {
  claimDueMail,
  enqueueMail,
  isUnsubscribed,
  type MailEvent,
  mailQueuedSince,
  markMailSent,
  type QueuedMail,
  releaseMail,
  unsubscribe,
} from './mail-queue.ts';
import { type DocumentCount, selectDocumentCounts } from './overview.ts';
import { insertPerson, type NewPerson, type Person, selectCommentPeople, selectPerson } from './people.ts';
import {
  closeRoundNamed,
  type FormerQuote,
  insertRound,
  type NewRound,
  replaceQuote,
  selectDispositions,
  selectQuoteHistory,
  selectRounds,
  writeDisposition,
} from './rounds.ts';
import type { Audience, CommentTable, Database, Role, ShareLinkTable } from './schema.ts';

export type { Audience, Role };

export interface ShareLink {
  id: string;
  name: string;
  role: Role;
  audience: Audience;
  /** The reader sees the preview with internal notes, source paths and edit links (`--intern`); review links only. */
  internal: boolean;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export interface Comment {
  id: number;
  linkId: string;
  author: string;
  document: string;
  edition: string;
  parentId: number | null;
  quote: TextQuote | null;
  position: TextPosition | null;
  text: string;
  format: 'text' | 'markdown';
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** Replacement text the reviewer suggests for the passage, and what became of it; absent on a plain comment. */
  suggestion?: SuggestedEdit | null | undefined;
}

/** A suggested edit: open, accepted (by whom, when, in which commit) or rejected (by whom, why). */
export interface SuggestedEdit {
  text: string;
  state: 'open' | 'accepted' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  commit: string | null;
  reason: string | null;
}

export interface NewComment {
  linkId: string;
  author: string;
  document: string;
  edition: string;
  parentId?: number | null | undefined;
  quote?: TextQuote | null | undefined;
  position?: TextPosition | null | undefined;
  text: string;
  format: 'text' | 'markdown';
  /** Sent twice with the same key, a comment is stored once. */
  clientKey?: string | null | undefined;
  /** Replacement text for the quoted passage; only on a comment with a quote, never on a reply. */
  suggestion?: string | null | undefined;
  /** The person behind the link who wrote it (`createPerson`), when they named themselves. */
  personId?: string | null | undefined;
}

export interface CommentFilter {
  document?: string | undefined;
  /** Comments on any of these documents. */
  documents?: readonly string[] | undefined;
  edition?: string | undefined;
  /** Only comments not marked as resolved. */
  open?: boolean | undefined;
}

/** A page of a list: at most `limit` comments after skipping `offset`. */
export interface Page {
  limit: number;
  offset?: number | undefined;
}

const toLink = (row: Selectable<ShareLinkTable>): ShareLink => ({
  id: row.id,
  name: row.name,
  role: row.role,
  audience: row.audience,
  internal: Number(row.internal) === 1,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

const toComment = (row: Selectable<CommentTable>): Comment => ({
  id: Number(row.id),
  linkId: row.link_id,
  author: row.author_name,
  document: row.document,
  edition: row.edition,
  parentId: row.parent_id === null ? null : Number(row.parent_id),
  quote: row.quote_exact === null ? null : { exact: row.quote_exact, prefix: row.quote_prefix ?? '', suffix: row.quote_suffix ?? '' },
  position: row.position_start === null || row.position_end === null ? null : { start: Number(row.position_start), end: Number(row.position_end) },
  text: row.text,
  format: row.format,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  resolvedAt: row.resolved_at,
  resolvedBy: row.resolved_by,
  ...(row.suggestion === null
    ? {}
    : {
        suggestion: {
          text: row.suggestion,
          state: row.suggestion_state ?? 'open',
          decidedBy: row.suggestion_decided_by,
          decidedAt: row.suggestion_decided_at,
          commit: row.suggestion_commit,
          reason: row.suggestion_reason,
        },
      }),
});

/** Short link ids: 10 characters of an unambiguous alphabet (no 0/O, 1/l/I). */
function newLinkId(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

export class ReviewStore {
  readonly db: Kysely<Database>;
  readonly kind: OpenDatabase['kind'];
  readonly #now: () => Date;

  constructor(open: OpenDatabase, now: () => Date = () => new Date()) {
    this.db = open.db;
    this.kind = open.kind;
    this.#now = now;
  }

  static async open(location: StoreLocation, now?: () => Date): Promise<ReviewStore> {
    return new ReviewStore(await openDatabase(location), now);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }

  /** A new link; `audience` defaults to `review`, `internal` to false (only a review link may be internal). */
  async createLink(input: { name: string; role: Role; audience?: Audience; internal?: boolean; expiresAt: Date }): Promise<ShareLink> {
    if (input.internal && (input.audience ?? 'review') !== 'review') throw new Error('Only review links can show internal content');
    const row = {
      id: newLinkId(),
      name: input.name,
      role: input.role,
      audience: input.audience ?? 'review',
      internal: input.internal ? 1 : 0,
      created_at: this.#timestamp(),
      expires_at: input.expiresAt.toISOString(),
      revoked_at: null,
    };
    await this.db.insertInto('share_links').values(row).execute();
    return toLink(row);
  }

  async listLinks(): Promise<ShareLink[]> {
    return (await this.db.selectFrom('share_links').selectAll().orderBy('created_at').orderBy('id').execute()).map(toLink);
  }

  async getLink(id: string): Promise<ShareLink | undefined> {
    const row = await this.db.selectFrom('share_links').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toLink(row);
  }

  /** Revokes a link; a link revoked before keeps its first revocation time. Undefined for an unknown id. */
  async revokeLink(id: string): Promise<ShareLink | undefined> {
    await this.db.updateTable('share_links').set({ revoked_at: this.#timestamp() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    return this.getLink(id);
  }

  /** Stores a comment and returns it; with a client key already used, returns the stored one instead. */
  async createComment(input: NewComment): Promise<{ comment: Comment; created: boolean }> {
    if (input.suggestion != null && (!input.quote || input.parentId != null)) throw new Error('A suggestion needs a quoted passage and cannot be a reply');
    const now = this.#timestamp();
    const inserted = await this.db
      .insertInto('comments')
      .values({
        client_key: input.clientKey ?? null,
        person_id: input.personId ?? null,
        link_id: input.linkId,
        author_name: input.author,
        document: input.document,
        edition: input.edition,
        parent_id: input.parentId ?? null,
        quote_exact: input.quote?.exact ?? null,
        quote_prefix: input.quote?.prefix ?? null,
        quote_suffix: input.quote?.suffix ?? null,
        position_start: input.position?.start ?? null,
        position_end: input.position?.end ?? null,
        text: input.text,
        format: input.format,
        created_at: now,
        updated_at: now,
        resolved_at: null,
        resolved_by: null,
        deleted_at: null,
        suggestion: input.suggestion ?? null,
      })
      .onConflict((conflict) => conflict.column('client_key').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { comment: toComment(inserted), created: true };
    const existing = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('client_key', '=', input.clientKey ?? '')
      .executeTakeFirstOrThrow();
    return { comment: toComment(existing), created: false };
  }

  async getComment(id: number): Promise<Comment | undefined> {
    const row = await this.db.selectFrom('comments').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    return row && toComment(row);
  }

  #filtered(filter: CommentFilter) {
    let query = this.db.selectFrom('comments').where('deleted_at', 'is', null);
    if (filter.document !== undefined) query = query.where('document', '=', filter.document);
    if (filter.documents !== undefined) query = query.where('document', 'in', filter.documents.length === 0 ? [''] : [...filter.documents]);
    if (filter.edition !== undefined) query = query.where('edition', '=', filter.edition);
    if (filter.open) query = query.where('resolved_at', 'is', null);
    return query;
  }

  /** Comments that are not deleted, oldest first; with `page`, only that page of them. */
  async listComments(filter: CommentFilter = {}, page?: Page): Promise<Comment[]> {
    if (filter.documents?.length === 0) return [];
    let query = this.#filtered(filter).selectAll().orderBy('created_at').orderBy('id');
    if (page) query = query.limit(page.limit).offset(page.offset ?? 0);
    return (await query.execute()).map(toComment);
  }

  /** How many comments `listComments(filter)` gives. */
  async countComments(filter: CommentFilter = {}): Promise<number> {
    if (filter.documents?.length === 0) return 0;
    const row = await this.#filtered(filter)
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Comments a link has written since a time, deleted ones included (a limit per day is not reset by deleting). */
  async countCommentsByLink(linkId: string, since: Date): Promise<number> {
    const row = await this.db
      .selectFrom('comments')
      .where('link_id', '=', linkId)
      .where('created_at', '>=', since.toISOString())
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async updateText(id: number, text: string, format: 'text' | 'markdown'): Promise<Comment | undefined> {
    await this.db.updateTable('comments').set({ text, format, updated_at: this.#timestamp() }).where('id', '=', id).where('deleted_at', 'is', null).execute();
    return this.getComment(id);
  }

  /**
   * Marks a comment as resolved (by an editor's name), or open again with `by` undefined. `updated_at` is the time
   * its author last changed the text, so resolving leaves it alone: an editor's action is not the reviewer's edit.
   */
  async setResolved(id: number, by: string | undefined): Promise<Comment | undefined> {
    const now = this.#timestamp();
    await this.db
      .updateTable('comments')
      .set(by === undefined ? { resolved_at: null, resolved_by: null } : { resolved_at: now, resolved_by: by })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .execute();
    return this.getComment(id);
  }

  /** Deletes a comment; its text is cleared and it is no longer listed. Replies to it stay. */
  async deleteComment(id: number): Promise<boolean> {
    const result = await this.db
      .updateTable('comments')
      .set({ deleted_at: this.#timestamp(), text: '', quote_exact: null, quote_prefix: null, quote_suffix: null })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  // --- Review rounds, dispositions and re-attached quotes (issue #29, `store/rounds.ts`) ---

  /** A new round, and what to warn its maker about (a foreleggelse with less than three weeks). */
  async createRound(input: NewRound): Promise<{ round: Round; warnings: string[] }> {
    const round = await insertRound(this.db, input, this.#timestamp());
    return { round, warnings: roundWarnings(round, this.#now()) };
  }

  /** Every round, oldest first. */
  listRounds(): Promise<Round[]> {
    return selectRounds(this.db);
  }

  async getRound(name: string): Promise<Round | undefined> {
    return (await this.listRounds()).find((round) => round.name === name);
  }

  /** Closes a round; one closed before keeps its first time. Undefined for an unknown name. */
  closeRound(name: string): Promise<Round | undefined> {
    return closeRoundNamed(this.db, name, this.#timestamp());
  }

  /** Why a new comment on `edition` is refused at `now` (its round is closed or past its deadline), or undefined. */
  async roundRefusal(edition: string, now = this.#now()): Promise<RoundRefusal | undefined> {
    return roundRefusal(await this.listRounds(), edition, now);
  }

  /** Resolves a comment with a disposition; throws a `DispositionError` without a needed reason. */
  async resolveWithDisposition(id: number, input: NewDisposition): Promise<Comment | undefined> {
    const problem = dispositionProblem(input);
    if (problem) throw new DispositionError(problem);
    return (await writeDisposition(this.db, id, input, this.#timestamp())) ? this.getComment(id) : undefined;
  }

  /** The dispositions of resolved comments, by comment id: of those ids, or of all. */
  dispositions(commentIds?: readonly number[]): Promise<Map<number, Disposition>> {
    return selectDispositions(this.db, commentIds);
  }

  /** Attaches a comment to another passage; its earlier quote is kept in `quoteHistory`. */
  async attachQuote(id: number, quote: TextQuote, by: string): Promise<Comment | undefined> {
    return (await replaceQuote(this.db, id, quote, by, this.#timestamp())) ? this.getComment(id) : undefined;
  }

  quoteHistory(id: number): Promise<FormerQuote[]> {
    return selectQuoteHistory(this.db, id);
  }
  // --- People behind a link: names, own comments (issue #29, `store/people.ts`) ---

  createPerson(input: NewPerson): Promise<Person> {
    return insertPerson(this.db, input, this.#timestamp());
  }

  getPerson(id: string): Promise<Person | undefined> {
    return selectPerson(this.db, id);
  }

  /** Who wrote each of these comments, for those a named person wrote. */
  commentPeople(commentIds: readonly number[]): Promise<Map<number, Person>> {
    return selectCommentPeople(this.db, commentIds);
  }

  /** A reader's own comments, newest first: a named person's, or else the link's that no person wrote. */
  async listOwnComments(own: { personId: string } | { linkId: string }, page: Page): Promise<Comment[]> {
    let query = this.db.selectFrom('comments').selectAll().where('deleted_at', 'is', null);
    query = 'personId' in own ? query.where('person_id', '=', own.personId) : query.where('link_id', '=', own.linkId).where('person_id', 'is', null);
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset ?? 0)
      .execute();
    return rows.map(toComment);
  }

  /** Comments and open threads per document and edition, for the overview. */
  documentCounts(): Promise<DocumentCount[]> {
    return selectDocumentCounts(this.db);
  }

  // --- Suggested edits (issue #29, `suggestion.ts` applies them) ---

  /**
   * Records an editor's decision on an open suggestion: accepted in a commit, or rejected with a reason. A
   * suggestion decided before keeps its first decision; undefined when the comment has no open suggestion.
   */
  async decideSuggestion(
    id: number,
    decision: { state: 'accepted'; by: string; commit: string | null } | { state: 'rejected'; by: string; reason: string },
  ): Promise<Comment | undefined> {
    const result = await this.db
      .updateTable('comments')
      .set({
        suggestion_state: decision.state,
        suggestion_decided_by: decision.by,
        suggestion_decided_at: this.#timestamp(),
        suggestion_commit: decision.state === 'accepted' ? decision.commit : null,
        suggestion_reason: decision.state === 'rejected' ? decision.reason : null,
      })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .where('suggestion', 'is not', null)
      .where('suggestion_state', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0 ? this.getComment(id) : undefined;
  }

  // --- E-mail notifications: the queue and unsubscribed addresses (issue #29, `store/mail-queue.ts`) ---

  /** Queues an event for an address in the batch waiting for it, or a new one due after `intervalMs`. */
  enqueueMail(input: { address: string; event: MailEvent; commentId: number }, intervalMs: number): Promise<QueuedMail | undefined> {
    return enqueueMail(this.db, input, this.#now(), intervalMs);
  }

  /** Claims the due rows for one sending attempt; a claim older than `staleMs` is taken over. */
  claimDueMail(claim: string, staleMs: number): Promise<QueuedMail[]> {
    const now = this.#now();
    return claimDueMail(this.db, claim, now, new Date(now.getTime() - staleMs));
  }

  /** Rows sent, or with `error` given up after too many failures (they keep the error). */
  markMailSent(claim: string, ids: readonly number[], error?: string): Promise<void> {
    return markMailSent(this.db, claim, ids, this.#now(), error);
  }

  releaseMail(claim: string, ids: readonly number[], error: string, retryAt: Date): Promise<void> {
    return releaseMail(this.db, claim, ids, error, retryAt);
  }

  /** Whether an event for this comment was queued at or after `since` (an ISO time). */
  mailQueuedSince(commentId: number, event: MailEvent, since: string): Promise<boolean> {
    return mailQueuedSince(this.db, commentId, event, since);
  }

  unsubscribe(address: string): Promise<void> {
    return unsubscribe(this.db, address, this.#now());
  }

  isUnsubscribed(address: string): Promise<boolean> {
    return isUnsubscribed(this.db, address);
  }
}

/** A disposition that cannot be recorded as given: the message says why, in Norwegian. */
export class DispositionError extends Error {}
