/**
 * The store's queries for review rounds, dispositions and re-attached quotes (`2026-12-20-rounds`). `ReviewStore`
 * calls these with its database and clock; each write is one statement or one transaction.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Disposition, NewDisposition } from '../dispositions.ts';
import type { Round, RoundKind } from '../rounds.ts';
import type { Database, DispositionTable, RoundTable } from './schema.ts';

export interface NewRound {
  name: string;
  edition: string;
  kind: RoundKind;
  deadline: Date;
  caseNumber?: string | null | undefined;
  exemptDocuments?: readonly string[] | undefined;
}

/** A quote a comment was attached to before, and when and by whom it was replaced. */
export interface FormerQuote {
  quote: { exact: string; prefix: string; suffix: string } | null;
  replacedAt: string;
  replacedBy: string;
}

const toRound = (row: Selectable<RoundTable>): Round => ({
  id: Number(row.id),
  name: row.name,
  edition: row.edition,
  kind: row.kind,
  deadline: row.deadline,
  caseNumber: row.case_number,
  exemptDocuments: JSON.parse(row.exempt_documents) as string[],
  createdAt: row.created_at,
  closedAt: row.closed_at,
});

const toDisposition = (row: Selectable<DispositionTable>): Disposition => ({
  commentId: Number(row.comment_id),
  disposition: row.disposition,
  reason: row.reason,
  answeredIn:
    row.answered_version && row.answered_document
      ? { ...(row.answered_from ? { from: row.answered_from } : {}), version: row.answered_version, document: row.answered_document }
      : null,
  decidedAt: row.decided_at,
  decidedBy: row.decided_by,
});

export async function insertRound(db: Kysely<Database>, input: NewRound, now: string): Promise<Round> {
  const row = await db
    .insertInto('review_rounds')
    .values({
      name: input.name,
      edition: input.edition,
      kind: input.kind,
      deadline: input.deadline.toISOString(),
      case_number: input.caseNumber ?? null,
      exempt_documents: JSON.stringify([...(input.exemptDocuments ?? [])]),
      created_at: now,
      closed_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRound(row);
}

export async function selectRounds(db: Kysely<Database>): Promise<Round[]> {
  return (await db.selectFrom('review_rounds').selectAll().orderBy('created_at').orderBy('id').execute()).map(toRound);
}

/** Closes a round by name; a round closed before keeps its first time. Undefined for an unknown name. */
export async function closeRoundNamed(db: Kysely<Database>, name: string, now: string): Promise<Round | undefined> {
  await db.updateTable('review_rounds').set({ closed_at: now }).where('name', '=', name).where('closed_at', 'is', null).execute();
  const row = await db.selectFrom('review_rounds').selectAll().where('name', '=', name).executeTakeFirst();
  return row && toRound(row);
}

/**
 * Marks a comment resolved and records its disposition, in one transaction; false for an unknown comment. The
 * comment's `updated_at` stays: its text is the reviewer's and has not changed.
 */
export async function writeDisposition(db: Kysely<Database>, commentId: number, input: NewDisposition, now: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('comments')
      .set({ resolved_at: now, resolved_by: input.by })
      .where('id', '=', commentId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    const row = {
      disposition: input.disposition,
      reason: input.reason?.trim() || null,
      answered_from: input.answeredIn?.from ?? null,
      answered_version: input.answeredIn?.version ?? null,
      answered_document: input.answeredIn?.document ?? null,
      decided_at: now,
      decided_by: input.by,
    };
    await trx
      .insertInto('comment_dispositions')
      .values({ comment_id: commentId, ...row })
      .onConflict((conflict) => conflict.column('comment_id').doUpdateSet(row))
      .execute();
    return true;
  });
}

/** The dispositions of those comments that are resolved (a comment opened again has none until closed again). */
export async function selectDispositions(db: Kysely<Database>, commentIds?: readonly number[]): Promise<Map<number, Disposition>> {
  if (commentIds?.length === 0) return new Map();
  let query = db
    .selectFrom('comment_dispositions')
    .innerJoin('comments', 'comments.id', 'comment_dispositions.comment_id')
    .where('comments.resolved_at', 'is not', null)
    .selectAll('comment_dispositions');
  if (commentIds) query = query.where('comment_dispositions.comment_id', 'in', [...commentIds]);
  return new Map((await query.execute()).map((row) => [Number(row.comment_id), toDisposition(row)]));
}

/** Attaches a comment to another passage and keeps the quote it had; false for an unknown comment. */
export async function replaceQuote(
  db: Kysely<Database>,
  commentId: number,
  quote: { exact: string; prefix: string; suffix: string },
  by: string,
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom('comments').selectAll().where('id', '=', commentId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!old) return false;
    await trx
      .insertInto('comment_quote_history')
      .values({
        comment_id: commentId,
        quote_exact: old.quote_exact,
        quote_prefix: old.quote_prefix,
        quote_suffix: old.quote_suffix,
        replaced_at: now,
        replaced_by: by,
      })
      .execute();
    // The old position counted characters in a text that has changed since; the quote alone finds the passage now.
    await trx
      .updateTable('comments')
      .set({ quote_exact: quote.exact, quote_prefix: quote.prefix, quote_suffix: quote.suffix, position_start: null, position_end: null })
      .where('id', '=', commentId)
      .execute();
    return true;
  });
}

export async function selectQuoteHistory(db: Kysely<Database>, commentId: number): Promise<FormerQuote[]> {
  const rows = await db.selectFrom('comment_quote_history').selectAll().where('comment_id', '=', commentId).orderBy('id').execute();
  return rows.map((row) => ({
    quote: row.quote_exact === null ? null : { exact: row.quote_exact, prefix: row.quote_prefix ?? '', suffix: row.quote_suffix ?? '' },
    replacedAt: row.replaced_at,
    replacedBy: row.replaced_by,
  }));
}
