/** The consultation schema's history, one migration per change; a migration is never edited once released. */
import type { DatabaseKind, MigrationSet } from '@strategi/database';
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

function migrations(_kind: DatabaseKind): Record<string, Migration> {
  return {
    '2026-12-05-responses': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('responses')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('idempotency_key', 'text', (column) => column.notNull().unique())
          .addColumn('version', 'text', (column) => column.notNull())
          .addColumn('document', 'text')
          .addColumn('quote_exact', 'text')
          .addColumn('quote_prefix', 'text')
          .addColumn('quote_suffix', 'text')
          .addColumn('position_start', 'integer')
          .addColumn('position_end', 'integer')
          .addColumn('name', 'text', (column) => column.notNull())
          .addColumn('organisation', 'text')
          .addColumn('sender_kind', 'text', (column) => column.notNull())
          .addColumn('email', 'text')
          .addColumn('publication', 'text', (column) => column.notNull().check(sql`publication in ('named', 'anonymous', 'none')`))
          .addColumn('text', 'text', (column) => column.notNull())
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .addColumn('receipt_token_hash', 'text', (column) => column.notNull().unique())
          .addColumn('withdrawn_at', 'text')
          .addColumn('state', 'text', (column) =>
            column.notNull().defaultTo('new').check(sql`state in ('new', 'published', 'published-anonymised', 'withheld')`),
          )
          .addColumn('moderated_by', 'text')
          .addColumn('moderated_at', 'text')
          .addColumn('withheld_reason', 'text')
          .addColumn('flags', 'text', (column) => column.notNull().defaultTo('[]'))
          .addColumn('input_id', 'text')
          .execute();
        await db.schema.createIndex('responses_by_version').on('responses').columns(['version', 'state', 'created_at']).execute();
        await db.schema.createIndex('responses_by_email').on('responses').column('email').execute();
        await db.schema
          .createTable('response_submissions')
          .addColumn('bucket', 'text', (column) => column.notNull())
          .addColumn('at', 'text', (column) => column.notNull())
          .execute();
        await db.schema.createIndex('response_submissions_by_bucket').on('response_submissions').columns(['bucket', 'at']).execute();
      },
    },
    '2026-12-06-response-language': {
      async up(db: Kysely<unknown>) {
        // Responses sent before the language was kept were sent from the bokmål pages or told in bokmål.
        await db.schema
          .alterTable('responses')
          .addColumn('lang', 'text', (column) => column.notNull().defaultTo('nb').check(sql`lang in ('nb', 'nn', 'en')`))
          .execute();
      },
    },
  };
}

/** History in `consultation_migrations`, apart from the review store's, so both may share one database. */
export const consultationMigrations: MigrationSet = { table: 'consultation', migrations };
