import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measurement {
  /** Wall time of the whole process, start-up included, in milliseconds. */
  wallMs: number;
  /** Peak resident memory in bytes. */
  peakBytes: number;
  exitCode: number;
  stdout: string;
}

const rssModule = new URL('./rss.ts', import.meta.url).pathname;

/** Runs `node <args>` (the Node that runs this script) and measures its wall time and peak memory. */
export async function measureNode(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Measurement> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strategi-bench-'));
  const rssFile = path.join(folder, 'rss');
  const started = performance.now();
  const result = await new Promise<{ code: number; stdout: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', rssModule, ...args], {
      cwd,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, CI: 'true' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
  const wallMs = performance.now() - started;
  const peakBytes = Number(await readFile(rssFile, 'utf8').catch(() => '0'));
  await rm(folder, { recursive: true, force: true });
  return { wallMs, peakBytes, exitCode: result.code, stdout: result.stdout };
}

/** The median of several runs, by wall time. */
export async function median(runs: number, measure: (run: number) => Promise<Measurement>): Promise<Measurement> {
  const results: Measurement[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure(i));
  results.sort((a, b) => a.wallMs - b.wallMs);
  return results[Math.floor(results.length / 2)]!;
}
