/** The editor as a child process, as `pnpm editor` runs it, on a free port of 127.0.0.1, with a watchdog. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface EditorProcess {
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const bin = path.join(import.meta.dirname, '..', '..', 'src', 'bin.ts');

export function startEditorProcess(env: NodeJS.ProcessEnv): Promise<EditorProcess> {
  const child = spawn(process.execPath, [bin], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    clearTimeout(watchdog);
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await exited;
  };
  // However the run ends, the editor does not outlive it by more than ten minutes.
  const watchdog = setTimeout(() => void stop(), 600_000);
  watchdog.unref();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the editor did not start in 60 s:\n${output}`));
    }, 60_000);
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
      reject(new Error(`the editor exited with ${code}:\n${output}`));
    });
  });
}
