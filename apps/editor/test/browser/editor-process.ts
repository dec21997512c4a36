/** The editor as a child process, as `pnpm editor` runs it, on a free port of 127.0.0.1, with a watchdog. */
import path from 'node:path';
import { type ServerProcess, startServerProcess } from '@strategi/testing/server-process';

export type EditorProcess = ServerProcess;

const bin = path.join(import.meta.dirname, '..', '..', 'src', 'bin.ts');

export function startEditorProcess(env: NodeJS.ProcessEnv): Promise<EditorProcess> {
  return startServerProcess({
    name: 'the editor',
    bin,
    env: { ...process.env, ...env },
    ready: /kjører på (http:\/\/[\d.]+:\d+)\//,
    startTimeoutMs: 60_000,
    // However the run ends, the editor does not outlive it by more than ten minutes.
    watchdogMs: 600_000,
  });
}
