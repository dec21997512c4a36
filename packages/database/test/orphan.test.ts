/**
 * The tests' throwaway PostgreSQL goes away with them: `stop()` stops it and removes its folder, and a test run killed
 * from outside, which never reaches its global setup's teardown, leaves it to the server's own watchdog, which stops it
 * once the process that started it is gone.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { startTestPostgres } from '../src/testing/postgres.ts';

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

test('a stopped PostgreSQL no longer answers, and its folder is removed', async () => {
  const server = await startTestPostgres();
  const port = Number(new URL(server.url).port);
  expect([await listening(port), existsSync(server.folder)]).toEqual([true, true]);
  server.stop();
  expect(await listening(port)).toBe(false);
  for (let waited = 0; waited < 60 && existsSync(server.folder); waited++) await sleep(500);
  expect(existsSync(server.folder)).toBe(false);
}, 90_000);
