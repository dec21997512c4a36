/** The two databases every store test runs against: a SQLite file and a real PostgreSQL database. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { StoreLocation } from '../src/index.ts';
import { freshDatabase } from '../src/testing/index.ts';

export const databaseKinds = ['sqlite', 'postgres'] as const;

export async function freshLocation(kind: (typeof databaseKinds)[number]): Promise<StoreLocation> {
  if (kind === 'postgres') return { databaseUrl: await freshDatabase(inject('postgresUrl')) };
  return { sqliteFile: path.join(mkdtempSync(path.join(tmpdir(), 'strategi-review-')), 'kommentarer.sqlite') };
}
