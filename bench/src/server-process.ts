/** What the load benchmarks share: a server started in its own process on loopback, stopped, and latency figures. */
import { type ChildProcess, spawn } from 'node:child_process';

/**
 * Starts a server script in its own process and waits (at most `timeoutMs`) for the origin it prints, the first
 * group of `pattern`. Only a loopback origin is accepted: the benchmarks never send traffic anywhere else.
 */
export function startProcess(args: string[], env: NodeJS.ProcessEnv, pattern: RegExp, timeoutMs = 30_000): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start in ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const origin = match[1]!;
      if (new URL(origin).hostname !== '127.0.0.1') {
        child.kill('SIGKILL');
        reject(new Error(`refusing a non-loopback origin ${origin}`));
      }
      resolve({ origin, child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

export const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export interface Figures {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

/** Median, 95th percentile (nearest rank) and maximum of a list of samples. */
export function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]!, count: sorted.length };
}
