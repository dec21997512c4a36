/** The two databases every store test runs against: a SQLite file and a real PostgreSQL database. */
import type { StoreLocation } from '@strategi/review';
import { freshDatabase, sqliteFiles } from '@strategi/review/testing';
import { afterAll, inject } from 'vitest';

// Evaluated once per test file (files are isolated): its SQLite files go when the file's tests are done.
const sqlite = sqliteFiles();
afterAll(() => sqlite.remove());

export const databaseKinds = ['sqlite', 'postgres'] as const;

export async function freshLocation(kind: (typeof databaseKinds)[number]): Promise<StoreLocation> {
  if (kind === 'postgres') return { databaseUrl: await freshDatabase(inject('postgresUrl')) };
  return { sqliteFile: sqlite.fresh('kommentarer.sqlite') };
}
