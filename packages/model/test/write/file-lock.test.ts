import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withFileLock } from '../../src/write/file-lock.ts';

const pause = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('withFileLock', () => {
  test('tasks on one file run one at a time, in the order they came, even when one fails', async () => {
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await pause();
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      withFileLock('/x/T-1.md', task('a')),
      withFileLock('/x/tiltak/../T-1.md', task('b', true)),
      withFileLock('/x/T-1.md', task('c')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  test('tasks on different files do not wait for each other', async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const held = withFileLock(path.resolve('a.md'), () => new Promise<void>((resolve) => (release = resolve)));
    await withFileLock(path.resolve('b.md'), async () => log.push('b'));
    expect(log).toEqual(['b']);
    release();
    await held;
  });
});
