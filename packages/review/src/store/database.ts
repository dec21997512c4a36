/**
 * One query layer for both databases: SQLite (one file, the default) and PostgreSQL (when `DATABASE_URL` is set,
 * for more than one server). Everything above this module speaks Kysely and never knows which one it has.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { type DatabaseKind, migrateToLatest } from './migrations.ts';
import type { Database } from './schema.ts';
import { openSqlite } from './sqlite-dialect.ts';

export interface StoreLocation {
  /** `postgres://…`; when set, PostgreSQL is used. */
  databaseUrl?: string | undefined;
  /** The SQLite file otherwise; its folder is created. */
  sqliteFile?: string | undefined;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
}

export async function openDatabase(location: StoreLocation): Promise<OpenDatabase> {
  let db: Kysely<Database>;
  let kind: DatabaseKind;
  if (location.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 10 });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    kind = 'postgres';
  } else if (location.sqliteFile) {
    mkdirSync(path.dirname(location.sqliteFile), { recursive: true, mode: 0o700 });
    db = new Kysely<Database>({ dialect: openSqlite(location.sqliteFile) });
    kind = 'sqlite';
  } else {
    throw new Error('openDatabase needs databaseUrl or sqliteFile');
  }
  try {
    await migrateToLatest(db as Kysely<unknown>, kind);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind };
}
