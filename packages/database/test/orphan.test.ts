/**
 * A test run killed from outside never reaches its global setup's teardown: the throwaway PostgreSQL it started is
 * stopped by the server's own watchdog once the process that started it is gone.
 */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';

/** Whether something accepts connections on 127.0.0.1:`port`. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

test('a PostgreSQL whose starter is killed stops on its own', async () => {
  const module = new URL('../src/testing/postgres.ts', import.meta.url).href;
  const starter = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { startTestPostgres } = await import(${JSON.stringify(module)}); const server = await startTestPostgres(); console.log(new URL(server.url).port); setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = Number(await new Promise<string>((resolve) => starter.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8').trim()))));
  expect(await listening(port)).toBe(true);
  starter.kill('SIGKILL');
  let up = true;
  for (let waited = 0; waited < 30 && up; waited++) {
    await sleep(1000);
    up = await listening(port);
  }
  expect(up).toBe(false);
}, 90_000);
