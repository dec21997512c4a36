import { expect, test } from 'vitest';
import { readerTime } from '../src/time.ts';

test('a time is said in Norwegian time with its zone, in winter and in summer', () => {
  expect(readerTime('2026-12-17T15:00:00.000Z')).toBe('17. desember 2026 kl. 16.00 (norsk tid)');
  expect(readerTime('2026-07-01T22:05:00.000Z')).toBe('2. juli 2026 kl. 00.05 (norsk tid)');
});

test('in nynorsk and English the words are the reader’s, and the clock still Norway’s', () => {
  expect(readerTime('2026-12-17T15:00:00.000Z', 'nn')).toBe('17. desember 2026 kl. 16.00 (norsk tid)');
  expect(readerTime('2026-07-01T22:05:00.000Z', 'en')).toBe('2 July 2026 at 00:05 (Norwegian time)');
});
