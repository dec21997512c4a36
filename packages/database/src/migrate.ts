/**
 * Each store's schema history, run by Kysely's Migrator at start (which takes a lock in PostgreSQL, so several
 * servers starting at once migrate once). Every store keeps its own history table, so two stores can share one
 * database without either seeing the other's migrations.
 */
import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface MigrationSet {
  /** Names the history tables: `<table>_migrations` and `<table>_migration_lock`. */
  table: string;
  /** One migration per change, by name; a migration is never edited once released. */
  migrations(kind: DatabaseKind): Record<string, Migration>;
}

const migrator = (db: Kysely<unknown>, kind: DatabaseKind, set: MigrationSet) => {
  const provider: MigrationProvider = { getMigrations: async () => set.migrations(kind) };
  return new Migrator({ db, provider, migrationTableName: `${set.table}_migrations`, migrationLockTableName: `${set.table}_migration_lock` });
};

/** Brings the database up to the newest schema; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<unknown>, kind: DatabaseKind, set: MigrationSet): Promise<void> {
  const { error } = await migrator(db, kind, set).migrateToLatest();
  if (error) throw error;
}

/** Brings the database up to one named migration: a database as an older release left it, for the tests of the next. */
export async function migrateTo(db: Kysely<unknown>, kind: DatabaseKind, set: MigrationSet, name: string): Promise<void> {
  const { error } = await migrator(db, kind, set).migrateTo(name);
  if (error) throw error;
}
