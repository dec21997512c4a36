/** The review server as a child process, as `pnpm review` runs it, for tests that kill it. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  /** Stops it (SIGKILL when `hard`), and waits for it to exit. */
  stop(hard?: boolean): Promise<void>;
}

const bin = path.join(import.meta.dirname, '..', 'src', 'bin.ts');

export function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  // Only what the test gives: a DATABASE_URL or review settings from the shell must not leak into a SQLite run.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL' && !name.startsWith('STRATEGI_REVIEW_')));
  const child = spawn(process.execPath, [bin], {
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (hard = false) => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, hard ? 'SIGKILL' : 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(true);
      reject(new Error(`the review server did not start in 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /kjører på (http:\/\/[\d.]+:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ origin: match[1]!, child, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the review server exited with ${code}:\n${output}`));
    });
  });
}
