/**
 * The two databases every store test of the review package and the review server runs against: a SQLite file and a
 * real PostgreSQL database on the run's server (`inject('postgresUrl')`, from `@strategi/database/testing`).
 */
import { inject } from 'vitest';
import type { StoreLocation } from '../store/database.ts';
import { freshDatabase, type SqliteFiles, sqliteFiles } from './index.ts';

// A worker evaluates this module once for all its files (`isolate: false`): the folder is made when a file first
// needs one, and `sqlite-cleanup.ts`, which runs around every file, removes it when the file is done.
let sqlite: SqliteFiles | undefined;

/** Removes the SQLite files the current test file made. */
export function removeSqliteFiles(): void {
  sqlite?.remove();
  sqlite = undefined;
}

export const databaseKinds = ['sqlite', 'postgres'] as const;

export async function freshLocation(kind: (typeof databaseKinds)[number]): Promise<StoreLocation> {
  if (kind === 'postgres') return { databaseUrl: await freshDatabase(inject('postgresUrl')) };
  sqlite ??= sqliteFiles();
  return { sqliteFile: sqlite.fresh('kommentarer.sqlite') };
}
