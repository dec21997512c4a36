/** `pnpm horing` as its own process on a free port, as it runs in production (`@strategi/testing`'s starter). */
import path from 'node:path';
import { type ServerProcess, startServerProcess as start } from '@strategi/testing/server-process';

export type { ServerProcess };

export const startServerProcess = (env: Record<string, string>): Promise<ServerProcess> =>
  start({
    name: 'the consultation service',
    bin: path.join(import.meta.dirname, '..', 'src', 'bin.ts'),
    env: { ...process.env, ...env },
    ready: /kjører på (http:\/\/[^/\s]+)\//,
    startTimeoutMs: 60_000,
    watchdogMs: 300_000,
  });
