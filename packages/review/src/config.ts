/**
 * Where the review data lives, from the environment: a data folder outside the repository and outside the build
 * output (the SQLite file and the generated secret), or PostgreSQL when `DATABASE_URL` is set.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import type { StoreLocation } from './store/database.ts';

export interface ReviewPlaces {
  /** `STRATEGI_REVIEW_DATA`, else `$XDG_DATA_HOME/strategi/review`, else `~/.local/share/strategi/review`. */
  dataDir: string;
  store: StoreLocation;
  /** The public address of the review server, for share links: `STRATEGI_REVIEW_URL`, else http://127.0.0.1:4322. */
  publicUrl: string;
  /** The public address of the web editor, for its links: `STRATEGI_EDITOR_URL`, else http://127.0.0.1:4323. */
  editorUrl: string;
}

export function reviewPlaces(env: NodeJS.ProcessEnv, cwd = process.cwd()): ReviewPlaces {
  const dataDir = env['STRATEGI_REVIEW_DATA']
    ? path.resolve(cwd, env['STRATEGI_REVIEW_DATA'])
    : path.join(env['XDG_DATA_HOME'] || path.join(homedir(), '.local', 'share'), 'strategi', 'review');
  const store: StoreLocation = env['DATABASE_URL'] ? { databaseUrl: env['DATABASE_URL'] } : { sqliteFile: path.join(dataDir, 'kommentarer.sqlite') };
  const publicUrl = (env['STRATEGI_REVIEW_URL'] || 'http://127.0.0.1:4322').replace(/\/+$/, '');
  const editorUrl = (env['STRATEGI_EDITOR_URL'] || 'http://127.0.0.1:4323').replace(/\/+$/, '');
  return { dataDir, store, publicUrl, editorUrl };
}
