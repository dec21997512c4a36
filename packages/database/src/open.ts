/**
 * One query layer for both databases: SQLite (one file, the default) and PostgreSQL (when `DATABASE_URL` is set,
 * for more than one server). Everything above this module speaks Kysely and never knows which one it has.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { type DatabaseKind, type MigrationSet, migrateToLatest } from './migrate.ts';
import { openSqlite } from './sqlite-dialect.ts';

export interface StoreLocation {
  /** `postgres://…`; when set, PostgreSQL is used. */
  databaseUrl?: string | undefined;
  /** The SQLite file otherwise; its folder is created. */
  sqliteFile?: string | undefined;
}

export interface OpenDatabase<DB> {
  db: Kysely<DB>;
  kind: DatabaseKind;
}

/** A Kysely over the location, without migrating: for tests that build an older schema themselves. */
export async function connect<DB>(location: StoreLocation): Promise<OpenDatabase<DB>> {
  if (location.databaseUrl) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 10 });
    return { db: new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), kind: 'postgres' };
  }
  if (location.sqliteFile) {
    mkdirSync(path.dirname(location.sqliteFile), { recursive: true, mode: 0o700 });
    return { db: new Kysely<DB>({ dialect: openSqlite(location.sqliteFile) }), kind: 'sqlite' };
  }
  throw new Error('openDatabase needs databaseUrl or sqliteFile');
}

/** Opens the database and brings it up to the store's newest schema; closes it again if a migration fails. */
export async function openDatabase<DB>(location: StoreLocation, migrations: MigrationSet): Promise<OpenDatabase<DB>> {
  const open = await connect<DB>(location);
  try {
    await migrateToLatest(open.db as Kysely<unknown>, open.kind, migrations);
  } catch (error) {
    await open.db.destroy();
    throw error;
  }
  return open;
}
