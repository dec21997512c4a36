/**
 * Where the responses are stored, from the environment, as the service finds them: PostgreSQL when `DATABASE_URL`
 * is set, else `horing.sqlite` in `STRATEGI_HORING_DATA` (else `$XDG_DATA_HOME/strategi/horing`, else
 * `~/.local/share/strategi/horing`). `strategi horing` reads the store the service writes.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import type { StoreLocation } from '@strategi/database';

export function consultationStoreLocation(env: NodeJS.ProcessEnv, cwd: string): StoreLocation {
  if (env['DATABASE_URL']) return { databaseUrl: env['DATABASE_URL'] };
  const dataDir = env['STRATEGI_HORING_DATA']
    ? path.resolve(cwd, env['STRATEGI_HORING_DATA'])
    : path.join(env['XDG_DATA_HOME'] || path.join(homedir(), '.local', 'share'), 'strategi', 'horing');
  return { sqliteFile: path.join(dataDir, 'horing.sqlite') };
}
