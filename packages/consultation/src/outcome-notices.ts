/**
 * Which responders have been told that their response shows what became of it, so each is told once. The record
 * is claimed before the mail is sent (an insert that only one server can win, so two instances never both send) and
 * given back when sending fails, so the next round tries again. Its own table and migration history beside the
 * responses, in the same database.
 */
import { type DatabaseKind, type MigrationSet, migrateToLatest } from '@strategi/database';
import type { Kysely } from 'kysely';
import type { ConsultationStore } from './store/store.ts';

interface NoticeTable {
  response_id: string;
  input_id: string;
  /** The adopted version that answered it. */
  version: string;
  sent_at: string;
}

type NoticeDatabase = { outcome_notices: NoticeTable };

const noticeMigrations: MigrationSet = {
  table: 'consultation_outcome',
  migrations: (_kind: DatabaseKind) => ({
    '2026-12-05-outcome-notices': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('outcome_notices')
          .addColumn('response_id', 'text', (column) => column.primaryKey())
          .addColumn('input_id', 'text', (column) => column.notNull())
          .addColumn('version', 'text', (column) => column.notNull())
          .addColumn('sent_at', 'text', (column) => column.notNull())
          .execute();
      },
    },
  }),
};

const migrated = new WeakMap<ConsultationStore, Promise<void>>();

export class OutcomeNotices {
  readonly #store: ConsultationStore;

  constructor(store: ConsultationStore) {
    this.#store = store;
  }

  #db(): Promise<Kysely<NoticeDatabase>> {
    let ready = migrated.get(this.#store);
    if (!ready) {
      ready = migrateToLatest(this.#store.db as unknown as Kysely<unknown>, this.#store.kind, noticeMigrations);
      migrated.set(this.#store, ready);
    }
    return ready.then(() => this.#store.db as unknown as Kysely<NoticeDatabase>);
  }

  /** True when this call claimed the notice (nobody has been told yet). */
  async claim(notice: { responseId: string; inputId: string; version: string }, at: Date): Promise<boolean> {
    const db = await this.#db();
    const row = await db
      .insertInto('outcome_notices')
      .values({ response_id: notice.responseId, input_id: notice.inputId, version: notice.version, sent_at: at.toISOString() })
      .onConflict((conflict) => conflict.column('response_id').doNothing())
      .returning('response_id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Gives a claim back (the mail was not sent). */
  async release(responseId: string): Promise<void> {
    const db = await this.#db();
    await db.deleteFrom('outcome_notices').where('response_id', '=', responseId).execute();
  }
}
