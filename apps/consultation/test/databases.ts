/** The two databases every store test runs against: a SQLite file and a real PostgreSQL database. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StoreLocation } from '@strategi/database';
import { freshDatabase } from '@strategi/database/testing';
import { inject } from 'vitest';

export const databaseKinds = ['sqlite', 'postgres'] as const;

export async function freshLocation(kind: (typeof databaseKinds)[number]): Promise<StoreLocation> {
  if (kind === 'postgres') return { databaseUrl: await freshDatabase(inject('postgresUrl'), 'consultation') };
  return { sqliteFile: path.join(mkdtempSync(path.join(tmpdir(), 'strategi-consultation-')), 'horing.sqlite') };
}
