/** The two databases every store test runs against: a SQLite file and a real PostgreSQL database. */
import type { StoreLocation } from '@strategi/review';
import { freshDatabase, type SqliteFiles, sqliteFiles } from '@strategi/review/testing';
import { afterAll, inject } from 'vitest';

// With `isolate: false` a worker evaluates this module once for all its files, so the `afterAll` below belongs to
// the first file only: the folder is made when a file first needs one, and the last one goes when the worker exits.
let sqlite: SqliteFiles | undefined;
const removeFolder = () => {
  sqlite?.remove();
  sqlite = undefined;
};
afterAll(removeFolder);
process.once('exit', removeFolder);

export const databaseKinds = ['sqlite', 'postgres'] as const;

export async function freshLocation(kind: (typeof databaseKinds)[number]): Promise<StoreLocation> {
  if (kind === 'postgres') return { databaseUrl: await freshDatabase(inject('postgresUrl')) };
  sqlite ??= sqliteFiles();
  return { sqliteFile: sqlite.fresh('kommentarer.sqlite') };
}
