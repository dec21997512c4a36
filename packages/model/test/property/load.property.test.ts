// Properties of a whole run: whatever one file holds, loadCorpus resolves, every problem is a catalogue
// problem with a place, the other files are still checked, and the same folder always gives the same problems.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblemLine } from '@strategi/problems';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addSentinel, load, type Scratch, scratch } from '../helpers.ts';
import { baselineFiles, expectInside, expectWellFormed, mutatedFile, yamlishDocument } from './arbitraries.ts';
import { propertyRuns } from './runs.ts';

const T2 = 'tiltak/T-2.md';
const SENTINEL_FILE = 'aktorer/KD.md';
let copy: Scratch;
let sentinel: string;
/** The copy's files as they were before a run changed one: the baseline, and the sentinel's file with it. */
const original = (file: string) => (file === SENTINEL_FILE ? sentinelText : baselineFiles[file]!);
let sentinelText: string;

beforeAll(async () => {
  copy = await scratch('valid-minimal', 'property');
  sentinel = await addSentinel(copy, 'property', SENTINEL_FILE);
  sentinelText = await copy.read(SENTINEL_FILE);
});

/** Writes `content` into `file`, loads the folder, and checks what holds for any content; then restores the file. */
async function loadWith(file: string, content: string | Uint8Array) {
  await writeFile(copy.file(file), content);
  try {
    const corpus = await load(copy.dir);
    expectWellFormed(corpus.problems);
    // The sentinel's own file may be the one changed; any other change leaves its fault to be found.
    if (file !== SENTINEL_FILE) expect(corpus.problems.map((problem) => formatProblemLine(problem))).toContain(sentinel);
    return corpus;
  } finally {
    await writeFile(copy.file(file), original(file));
  }
}

describe('any content of one file', () => {
  test('random bytes never make loadCorpus throw, and every problem has a rule and a place', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await loadWith(T2, bytes);
      }),
      { numRuns: propertyRuns(50) },
    );
  }, 30_000);

  test('random strings never make loadCorpus throw, and problems in the file point inside it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), yamlishDocument), async (text) => {
        const corpus = await loadWith(T2, text);
        const decoded = text.startsWith('\uFEFF') ? text.slice(1) : text;
        for (const problem of corpus.problems.filter((problem) => problem.file === `property/${T2}`)) expectInside(problem, decoded);
      }),
      { numRuns: propertyRuns(50) },
    );
  }, 30_000);
});

describe('mutations of valid documents', () => {
  test('deleted, duplicated and re-indented lines, swapped characters, new keys and random values never throw', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ({ file, text }) => {
        const corpus = await loadWith(file, text);
        for (const problem of corpus.problems.filter((problem) => problem.file === `property/${file}`)) expectInside(problem, text);
      }),
      { numRuns: propertyRuns(70) },
    );
  }, 30_000);
});

describe('determinism', () => {
  const caches: string[] = [];
  afterAll(async () => {
    await Promise.all(caches.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  test('the same folder gives the same problems: twice in memory, and with a cold and a warm parse cache', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ({ file, text }) => {
        await writeFile(copy.file(file), text);
        try {
          const cacheFolder = await mkdtemp(path.join(tmpdir(), 'strategi-cache-'));
          caches.push(cacheFolder);
          const first = await load(copy.dir, { cacheFolder: false });
          const second = await load(copy.dir, { cacheFolder: false });
          const cold = await load(copy.dir, { cacheFolder });
          const warm = await load(copy.dir, { cacheFolder });
          expect(second.problems).toEqual(first.problems);
          expect(cold.problems).toEqual(first.problems);
          expect(warm.problems).toEqual(first.problems);
          expect(warm.working.documents.map((doc) => [doc.id, doc.data, doc.links, doc.positions])).toEqual(
            first.working.documents.map((doc) => [doc.id, doc.data, doc.links, doc.positions]),
          );
        } finally {
          await writeFile(copy.file(file), original(file));
        }
      }),
      { numRuns: propertyRuns(20) },
    );
  }, 30_000);
});
