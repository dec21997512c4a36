import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type DatabaseKind, type MigrationSet, migrateTo, openDatabase, type StoreLocation } from '../src/index.ts';
import { connect } from '../src/open.ts';
import { freshDatabase } from '../src/testing/index.ts';

interface Notes {
  notes: { id: string; text: string; tag: string | null };
}

const notes: MigrationSet = {
  table: 'notes',
  migrations: (kind: DatabaseKind) => ({
    '2026-01-01-notes': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('notes')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('text', kind === 'postgres' ? 'varchar(100)' : 'text', (column) => column.notNull())
          .execute();
      },
    },
    '2026-01-02-tag': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('notes').addColumn('tag', 'text').execute();
      },
    },
  }),
};

const others: MigrationSet = {
  table: 'others',
  migrations: () => ({
    '2026-01-01-others': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('others')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .execute();
      },
    },
  }),
};

async function location(kind: DatabaseKind): Promise<StoreLocation> {
  if (kind === 'postgres') return { databaseUrl: await freshDatabase(inject('postgresUrl')) };
  return { sqliteFile: path.join(mkdtempSync(path.join(tmpdir(), 'strategi-database-')), 'nested', 'db.sqlite') };
}

const opened: Kysely<unknown>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

describe.each(['sqlite', 'postgres'] as const)('%s', (kind) => {
  it('opens, migrates to the newest schema and stores rows', async () => {
    const open = await openDatabase<Notes>(await location(kind), notes);
    opened.push(open.db as Kysely<unknown>);
    expect(open.kind).toBe(kind);
    await open.db.insertInto('notes').values({ id: 'a', text: 'første', tag: 'x' }).execute();
    expect(await open.db.selectFrom('notes').selectAll().execute()).toEqual([{ id: 'a', text: 'første', tag: 'x' }]);
  });

  it('keeps each store’s history apart, so two stores share one database', async () => {
    const where = await location(kind);
    const first = await openDatabase<Notes>(where, notes);
    const second = await openDatabase<Notes>(where, others);
    opened.push(first.db as Kysely<unknown>, second.db as Kysely<unknown>);
    const names = async (table: string) =>
      (await sql<{ name: string }>`select name from ${sql.table(table)} order by name`.execute(first.db)).rows.map((row) => row.name);
    expect(await names('notes_migrations')).toEqual(['2026-01-01-notes', '2026-01-02-tag']);
    expect(await names('others_migrations')).toEqual(['2026-01-01-others']);
  });

  it('stops at a named migration, as an older release left the database', async () => {
    const where = await location(kind);
    const open = await connect<Notes>(where);
    opened.push(open.db as Kysely<unknown>);
    await migrateTo(open.db as Kysely<unknown>, kind, notes, '2026-01-01-notes');
    await expect(open.db.insertInto('notes').values({ id: 'a', text: 't', tag: 'x' }).execute()).rejects.toThrow(/tag/);
  });

  it('throws the failing migration’s error and leaves no connection open', async () => {
    const broken: MigrationSet = {
      table: 'broken',
      migrations: () => ({
        '2026-01-01-broken': {
          async up(db: Kysely<unknown>) {
            await sql`create table nonsense (`.execute(db);
          },
        },
      }),
    };
    await expect(openDatabase(await location(kind), broken)).rejects.toThrow(/syntax|incomplete/i);
  });
});

it('refuses a location with neither a URL nor a file', async () => {
  await expect(openDatabase({}, notes)).rejects.toThrow('openDatabase needs databaseUrl or sqliteFile');
});
