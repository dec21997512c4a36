/**
 * The review schema's history, one migration per change, run at start by `@strategi/database`. A migration is
 * never edited once released; a change is a new entry.
 */
import type { DatabaseKind, MigrationSet } from '@strategi/database';
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export type { DatabaseKind };

function migrations(kind: DatabaseKind): Record<string, Migration> {
  return {
    '2026-12-01-share-links-and-comments': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('share_links')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('name', 'text', (column) => column.notNull())
          .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('reviewer', 'editor')`))
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('expires_at', 'text', (column) => column.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema
          .createTable('comments')
          .addColumn('id', kind === 'postgres' ? 'serial' : 'integer', (column) =>
            kind === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
          )
          .addColumn('client_key', 'text', (column) => column.unique())
          .addColumn('link_id', 'text', (column) => column.notNull().references('share_links.id'))
          .addColumn('author_name', 'text', (column) => column.notNull())
          .addColumn('document', 'text', (column) => column.notNull())
          .addColumn('edition', 'text', (column) => column.notNull())
          .addColumn('parent_id', 'integer', (column) => column.references('comments.id'))
          .addColumn('quote_exact', 'text')
          .addColumn('quote_prefix', 'text')
          .addColumn('quote_suffix', 'text')
          .addColumn('position_start', 'integer')
          .addColumn('position_end', 'integer')
          .addColumn('text', 'text', (column) => column.notNull())
          .addColumn('format', 'text', (column) => column.notNull().check(sql`format in ('text', 'markdown')`))
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .addColumn('resolved_at', 'text')
          .addColumn('resolved_by', 'text')
          .addColumn('deleted_at', 'text')
          .execute();
        await db.schema.createIndex('comments_by_document').on('comments').columns(['document', 'edition']).execute();
      },
    },
    // A link opens one server: a review link (every link made before) never opens the editor.
    '2026-12-05-link-audience': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('share_links')
          .addColumn('audience', 'text', (column) => column.notNull().defaultTo('review').check(sql`audience in ('review', 'editor')`))
          .execute();
        await db.schema.createIndex('comments_by_link').on('comments').columns(['link_id', 'created_at']).execute();
      },
    },
    // A review link shows internal notes, source paths and edit links only when made with `--intern`; every link
    // made before shows what an outside reader may see. An integer, since SQLite has no boolean.
    '2026-12-10-link-internal': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('share_links')
          .addColumn('internal', 'integer', (column) => column.notNull().defaultTo(0).check(sql`internal in (0, 1)`))
          .execute();
      },
    },
    // Review rounds (one edition, a deadline, open or closed), what became of each closed comment, and the quotes a
    // comment was attached to before an editor attached it again. Separate tables, so a comment's row stays as it was.
    '2026-12-20-rounds': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('review_rounds')
          .addColumn('id', kind === 'postgres' ? 'serial' : 'integer', (column) =>
            kind === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
          )
          .addColumn('name', 'text', (column) => column.notNull().unique())
          .addColumn('edition', 'text', (column) => column.notNull())
          .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind in ('intern', 'foreleggelse')`))
          .addColumn('deadline', 'text', (column) => column.notNull())
          .addColumn('case_number', 'text')
          .addColumn('exempt_documents', 'text', (column) => column.notNull().defaultTo('[]'))
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('closed_at', 'text')
          .execute();
        await db.schema
          .createTable('comment_dispositions')
          .addColumn('comment_id', 'integer', (column) => column.primaryKey().references('comments.id'))
          .addColumn('disposition', 'text', (column) =>
            column.notNull().check(sql`disposition in ('tatt-til-folge', 'delvis-tatt-til-folge', 'ikke-tatt-til-folge')`),
          )
          .addColumn('reason', 'text')
          .addColumn('answered_from', 'text')
          .addColumn('answered_version', 'text')
          .addColumn('answered_document', 'text')
          .addColumn('decided_at', 'text', (column) => column.notNull())
          .addColumn('decided_by', 'text', (column) => column.notNull())
          .execute();
        await db.schema
          .createTable('comment_quote_history')
          .addColumn('id', kind === 'postgres' ? 'serial' : 'integer', (column) =>
            kind === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
          )
          .addColumn('comment_id', 'integer', (column) => column.notNull().references('comments.id'))
          .addColumn('quote_exact', 'text')
          .addColumn('quote_prefix', 'text')
          .addColumn('quote_suffix', 'text')
          .addColumn('replaced_at', 'text', (column) => column.notNull())
          .addColumn('replaced_by', 'text', (column) => column.notNull())
          .execute();
      },
    },
    // The people behind a group link: each gives a name (and optionally an e-mail for notifications) the first
    // time they comment, and their comments carry who wrote them; comments from before have none.
    '2026-12-22-people': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('people')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('link_id', 'text', (column) => column.notNull().references('share_links.id'))
          .addColumn('name', 'text', (column) => column.notNull())
          .addColumn('email', 'text')
          .addColumn('created_at', 'text', (column) => column.notNull())
          .execute();
        await db.schema
          .alterTable('comments')
          .addColumn('person_id', 'text', (column) => column.references('people.id'))
          .execute();
        await db.schema.createIndex('comments_by_person').on('comments').columns(['person_id', 'created_at']).execute();
      },
    },
    // A comment may suggest replacement text for its passage, and an editor accepts it (by whom, when, in which
    // commit) or rejects it (by whom, why). No state while it is open; a comment without a suggestion has none.
    '2026-12-21-suggestions': {
      async up(db: Kysely<unknown>) {
        for (const column of ['suggestion', 'suggestion_decided_by', 'suggestion_decided_at', 'suggestion_commit', 'suggestion_reason']) {
          await db.schema.alterTable('comments').addColumn(column, 'text').execute();
        }
        await db.schema
          .alterTable('comments')
          .addColumn('suggestion_state', 'text', (column) => column.check(sql`suggestion_state in ('accepted', 'rejected')`))
          .execute();
      },
    },
    // E-mail notifications: a queue of events per address with the time each batch is due (so a batch survives a
    // restart, and a server claims rows before sending so two servers send one mail), and the addresses that
    // unsubscribed. The reviewer's address is `people.email` (2026-12-22-people).
    '2026-12-23-notifications': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('mail_queue')
          .addColumn('id', kind === 'postgres' ? 'serial' : 'integer', (column) =>
            kind === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement(),
          )
          .addColumn('address', 'text', (column) => column.notNull())
          .addColumn('event', 'text', (column) => column.notNull().check(sql`event in ('comment', 'reply', 'resolved')`))
          .addColumn('comment_id', 'integer', (column) => column.notNull().references('comments.id'))
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('due_at', 'text', (column) => column.notNull())
          .addColumn('claim', 'text')
          .addColumn('claimed_at', 'text')
          .addColumn('sent_at', 'text')
          .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('last_error', 'text')
          .execute();
        await db.schema.createIndex('mail_queue_unsent').on('mail_queue').columns(['sent_at', 'due_at']).execute();
        await db.schema
          .createTable('mail_unsubscribed')
          .addColumn('address', 'text', (column) => column.primaryKey())
          .addColumn('unsubscribed_at', 'text', (column) => column.notNull())
          .execute();
      },
    },
  };
}

/** The review store's history, in the `review_migrations` table as before. */
export const reviewMigrations: MigrationSet = { table: 'review', migrations };
