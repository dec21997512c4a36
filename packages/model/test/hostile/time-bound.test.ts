// The time limit stays as the last resort, for a slow pattern no bound read from the raw text knows: a file parsed
// in the stoppable worker past `limits.parseTimeoutMs` is stopped and reported, and the run goes on with the next
// file. The limit is set low here so that a large file no other bound refuses crosses it (the worker's start-up
// alone takes longer), whatever the machine's load.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblemLine } from '@strategi/problems';
import { expect, test } from 'vitest';
import { loadCorpus } from '../../src/index.ts';
import { limits } from '../../src/limits.ts';
import { BoundedParser } from '../../src/parse/isolated.ts';
import { scratch } from '../helpers.ts';
import { manyLines, measure, patterns } from './inputs.ts';

test('a large file that takes longer than allowed is reported as too-slow, and the other files are still checked', async () => {
  const copy = await scratch('valid-minimal', 'time-bound');
  const root = copy.dir;
  await writeFile(path.join(root, 'tiltak', 'T-93.md'), measure('T-93', manyLines(patterns['list-markers'])));
  await writeFile(path.join(root, 'tiltak', 'T-94.md'), '---\nid: T-94\ntitel: x\n---\n');
  const corpus = await loadCorpus(root, { displayBase: path.dirname(root), cacheFolder: false, limits: { parseTimeoutMs: 50 } });
  const lines = corpus.problems.map((problem) => formatProblemLine(problem));
  expect(lines).toContain('time-bound/tiltak/T-93.md:1:1  error  Filen ble stoppet etter 0.05 sekunder uten å bli ferdig lest.  [file/too-slow]');
  expect(lines.some((line) => line.startsWith('time-bound/tiltak/T-94.md:') && line.includes('[schema/unknown-key]'))).toBe(true);
}, 60_000);

test('a file the decoder refuses is refused by its rule, never by the clock, however short the time limit', async () => {
  const parser = new BoundedParser({ ...limits, parseTimeoutMs: 1 });
  try {
    const tooLarge = await parser.parse(Buffer.from(measure('T-95', 'Tiltaket gir et bilde av utstyret.\n'.repeat(10_000))));
    const longLine = await parser.parse(Buffer.from(measure('T-96', `${'a'.repeat(20_001)}\n`)));
    expect([...tooLarge.problems, ...longLine.problems].map((problem) => problem.ruleId)).toEqual(['file/too-large', 'file/line-too-long']);
  } finally {
    parser.close();
  }
});

test("the worker's start-up is not charged to the first file: a file parsed in far less than the limit is parsed", async () => {
  // Loading the parsers into a fresh worker takes longer than this limit on a busy machine; parsing the file does not.
  const parser = new BoundedParser({ ...limits, parseTimeoutMs: 1_000 });
  try {
    const parsed = await parser.parse(Buffer.from(measure('T-97', 'Tiltaket gir et bilde av utstyret.\n'.repeat(600))));
    expect(parsed.problems).toEqual([]);
    expect((parsed.data as { id: string }).id).toBe('T-97');
  } finally {
    parser.close();
  }
});
