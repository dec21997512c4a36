/**
 * The notification queue: one row per mail-worthy event (a comment for an editor, a reply or a resolution for the
 * reviewer whose thread it is) and address, with the time it is due. Events for one address join the batch that is
 * waiting for it; a new batch is due one interval after its first event, so an address gets at most one mail per
 * interval. The queue is in the database, so a batch survives a restart; a server claims due rows with one
 * `update … where claimed_at is null` before sending, so two servers on one PostgreSQL send one mail, not two.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, MailQueueTable } from './schema.ts';

export type MailEvent = 'comment' | 'reply' | 'resolved';

export interface QueuedMail {
  id: number;
  address: string;
  event: MailEvent;
  commentId: number;
  createdAt: string;
  dueAt: string;
  attempts: number;
}

const toQueued = (row: Selectable<MailQueueTable>): QueuedMail => ({
  id: Number(row.id),
  address: row.address,
  event: row.event,
  commentId: Number(row.comment_id),
  createdAt: row.created_at,
  dueAt: row.due_at,
  attempts: Number(row.attempts),
});

/** Addresses are compared as mail servers do in practice: without case. */
const normalAddress = (address: string) => address.trim().toLowerCase();

/**
 * Queues an event for an address, joining the batch waiting for it (not yet claimed) or starting one due at
 * `now + intervalMs`. Undefined, and nothing queued, when the address has unsubscribed. One statement (an insert
 * from a select), so a comment's post pays one round trip per address.
 */
export async function enqueueMail(
  db: Kysely<Database>,
  input: { address: string; event: MailEvent; commentId: number },
  now: Date,
  intervalMs: number,
): Promise<QueuedMail | undefined> {
  const address = normalAddress(input.address);
  const newBatchDue = new Date(now.getTime() + intervalMs).toISOString();
  const row = await db
    .insertInto('mail_queue')
    .columns(['address', 'event', 'comment_id', 'created_at', 'due_at'])
    .expression(
      db
        .selectNoFrom((eb) => [
          eb.val(address).as('address'),
          eb.val(input.event).as('event'),
          // PostgreSQL types a bare parameter in a select list as text.
          eb.cast<number>(eb.val(input.commentId), 'integer').as('comment_id'),
          eb.val(now.toISOString()).as('created_at'),
          eb.fn
            .coalesce(
              eb
                .selectFrom('mail_queue')
                .select((waiting) => waiting.fn.min('due_at').as('due_at'))
                .where('address', '=', address)
                .where('sent_at', 'is', null)
                .where('claimed_at', 'is', null),
              eb.val(newBatchDue),
            )
            .as('due_at'),
        ])
        .where((eb) => eb.not(eb.exists(eb.selectFrom('mail_unsubscribed').select('address').where('address', '=', address)))),
    )
    .returningAll()
    .executeTakeFirst();
  return row && toQueued(row);
}

/**
 * Claims every due row for this claim and returns them, oldest first. A claim older than `staleBefore` (a server
 * that stopped while sending) is taken over, so its mail is sent late rather than never.
 */
export async function claimDueMail(db: Kysely<Database>, claim: string, now: Date, staleBefore: Date): Promise<QueuedMail[]> {
  const rows = await db
    .updateTable('mail_queue')
    .set({ claim, claimed_at: now.toISOString() })
    .where('sent_at', 'is', null)
    .where('due_at', '<=', now.toISOString())
    .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', staleBefore.toISOString())]))
    .returningAll()
    .execute();
  return rows.map(toQueued).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}

/** Marks claimed rows as done, only rows this claim still holds: sent, or given up with the last `error`. */
export async function markMailSent(db: Kysely<Database>, claim: string, ids: readonly number[], now: Date, error?: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('mail_queue')
    .set({ sent_at: now.toISOString(), last_error: error ?? null })
    .where('id', 'in', [...ids])
    .where('claim', '=', claim)
    .execute();
}

/** Gives claimed rows back after a failed send, due again at `retryAt`, with the error kept for the log. */
export async function releaseMail(db: Kysely<Database>, claim: string, ids: readonly number[], error: string, retryAt: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('mail_queue')
    .set((eb) => ({ claim: null, claimed_at: null, due_at: retryAt.toISOString(), last_error: error, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', [...ids])
    .where('claim', '=', claim)
    .execute();
}

/** Whether an event for this comment was queued at or after `since`, for any address (so a change is told once). */
export async function mailQueuedSince(db: Kysely<Database>, commentId: number, event: MailEvent, since: string): Promise<boolean> {
  const row = await db
    .selectFrom('mail_queue')
    .select('id')
    .where('comment_id', '=', commentId)
    .where('event', '=', event)
    .where('created_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}

export async function isUnsubscribed(db: Kysely<Database>, address: string): Promise<boolean> {
  const row = await db.selectFrom('mail_unsubscribed').select('address').where('address', '=', normalAddress(address)).executeTakeFirst();
  return row !== undefined;
}

/** Unsubscribes an address from every notification and drops its unsent mail; a second time changes nothing. */
export async function unsubscribe(db: Kysely<Database>, address: string, now: Date): Promise<void> {
  const normal = normalAddress(address);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('mail_unsubscribed')
      .values({ address: normal, unsubscribed_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('address').doNothing())
      .execute();
    await trx.deleteFrom('mail_queue').where('address', '=', normal).where('sent_at', 'is', null).execute();
  });
}
