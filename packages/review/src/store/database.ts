/**
 * The review store's database: opened through `@strategi/database` (SQLite by default, PostgreSQL when
 * `DATABASE_URL` is set) and brought up to the review schema.
 */
import { type OpenDatabase as Opened, openDatabase as open, type StoreLocation } from '@strategi/database';
import { reviewMigrations } from './migrations.ts';
import type { Database } from './schema.ts';

export type { StoreLocation };
export type OpenDatabase = Opened<Database>;

export function openDatabase(location: StoreLocation): Promise<OpenDatabase> {
  return open<Database>(location, reviewMigrations);
}
