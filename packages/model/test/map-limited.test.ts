import { describe, expect, test } from 'vitest';
import { mapLimited } from '../src/edition.ts';

describe('mapLimited', () => {
  test('keeps the order of the items', async () => {
    expect(await mapLimited([3, 1, 2], 2, async (n) => n * 10)).toEqual([30, 10, 20]);
  });

  test('after a failure starts nothing new, and rejects only when the running tasks are done', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapLimited([1, 2, 3, 4, 5, 6], 3, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('copy failed');
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished.push(n);
      return n;
    });
    await expect(run).rejects.toThrow('copy failed');
    expect(started).toEqual([1, 2, 3]);
    expect(finished.sort()).toEqual([2, 3]);
  });
});
