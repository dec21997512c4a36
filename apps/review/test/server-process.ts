/** The review server as a child process, as `pnpm review` runs it, for tests that kill it. */
import path from 'node:path';
import { type ServerProcess, startServerProcess as start } from '@strategi/testing/server-process';

export type { ServerProcess };

const bin = path.join(import.meta.dirname, '..', 'src', 'bin.ts');

export function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  // Only what the test gives: a DATABASE_URL or review settings from the shell must not leak into a SQLite run.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL' && !name.startsWith('STRATEGI_REVIEW_')));
  return start({ name: 'the review server', bin, env: { ...inherited, ...env }, ready: /kjører på (http:\/\/[\d.]+:\d+)\//, startTimeoutMs: 20_000 });
}
