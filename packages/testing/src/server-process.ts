/**
 * A server started as its own command runs it (`node src/bin.ts`), as a child process in a process group of its
 * own, for tests that talk to it over HTTP or kill it. It is ready when it prints its address.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ServerProcess {
  /** `http://127.0.0.1:<port>`, as the server printed it. */
  origin: string;
  child: ChildProcess;
  /** Stops it (SIGKILL when `hard`, else SIGTERM) and waits for it to exit. */
  stop(hard?: boolean): Promise<void>;
}

export interface ServerProcessOptions {
  /** What the server is called in error messages («the review server»). */
  name: string;
  /** The script Node runs. */
  bin: string;
  /** The environment, over PORT=0 and HOST=127.0.0.1. */
  env: NodeJS.ProcessEnv;
  /** The line the server prints when it listens; its first group is the origin. */
  ready: RegExp;
  /** How long it may take to start. */
  startTimeoutMs: number;
  /** Stopped after this long whatever the tests do, so that it never outlives the run. */
  watchdogMs?: number;
}

export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [options.bin], {
    env: { PORT: '0', HOST: '127.0.0.1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let watchdog: NodeJS.Timeout | undefined;
  const stop = async (hard = false) => {
    clearTimeout(watchdog);
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, hard ? 'SIGKILL' : 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await exited;
  };
  if (options.watchdogMs !== undefined) {
    watchdog = setTimeout(() => void stop(true), options.watchdogMs);
    watchdog.unref();
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(true);
      reject(new Error(`${options.name} did not start in ${options.startTimeoutMs / 1000} s:\n${output}`));
    }, options.startTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = options.ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ origin: match[1]!, child, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with ${code}:\n${output}`));
    });
  });
}
