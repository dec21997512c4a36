import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SqliteFiles {
  /** A path for a new SQLite file no other test uses (the store creates the file). */
  fresh(name: string): string;
  /** Removes the folder and every file made in it; the caller runs it when its tests are done (`afterAll`). */
  remove(): void;
}

/** SQLite files for one test file's stores, in one temporary folder, so that a suite leaves nothing in /tmp. */
export function sqliteFiles(): SqliteFiles {
  const folder = mkdtempSync(path.join(tmpdir(), 'strategi-sqlite-'));
  return {
    fresh: (name) => path.join(mkdtempSync(path.join(folder, 'db-')), name),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
