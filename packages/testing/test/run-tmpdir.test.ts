import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import runTmpdir from '../src/run-tmpdir.ts';

test('the run’s temporary folder holds every tmpdir() of the run and is gone after it, TMPDIR as it was', async () => {
  const before = process.env['TMPDIR'];
  const teardown = runTmpdir();
  const folder = tmpdir();
  try {
    expect(path.dirname(folder)).toBe(before ?? '/tmp');
    expect(path.basename(folder)).toMatch(/^strategi-run-/);
    // Others may pass through to a folder of their own in it (the test PostgreSQL, run as root), not list or write.
    expect(statSync(folder).mode & 0o777).toBe(0o711);
    mkdirSync(path.join(folder, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(folder, 'a', 'b', 'c.txt'), 'x');
  } finally {
    await teardown();
  }
  expect(existsSync(folder)).toBe(false);
  expect(process.env['TMPDIR']).toBe(before);
});

test('is removed whole while another process removes a folder inside it', async () => {
  const teardown = runTmpdir();
  const folder = tmpdir();
  // As the test PostgreSQL's stop() leaves its folder: many entries, removed by `rm -rf` in the background.
  const busy = path.join(folder, 'strategi-pg-x');
  for (let i = 0; i < 200; i++) {
    mkdirSync(path.join(busy, String(i)), { recursive: true });
    writeFileSync(path.join(busy, String(i), 'f'), 'x');
  }
  for (let i = 0; i < 50; i++) mkdirSync(path.join(folder, `strategi-other-${i}`, 'nested'), { recursive: true });
  const removing = spawn('rm', ['-rf', busy], { stdio: 'ignore' });
  const removed = new Promise((resolve) => removing.once('close', resolve));
  await teardown();
  await removed;
  expect(existsSync(folder)).toBe(false);
});

test('every setup in the same run shares one folder, which the last one torn down removes', async () => {
  const before = process.env['TMPDIR'];
  const first = runTmpdir();
  const folder = tmpdir();
  const second = runTmpdir();
  expect(tmpdir()).toBe(folder);
  // As vitest may tear the projects down: the first one's setup before the second one's.
  await first();
  expect(existsSync(folder)).toBe(true);
  expect(tmpdir()).toBe(folder);
  await second();
  expect(existsSync(folder)).toBe(false);
  expect(process.env['TMPDIR']).toBe(before);
});
