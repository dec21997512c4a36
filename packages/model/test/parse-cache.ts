import { expect } from 'vitest';
import { ParseCache } from '../src/index.ts';

/**
 * The running test file's parse cache, in memory, as `strategi validate --watch` keeps one between runs: a scenario
 * is the base and the few files it is about, so a load or a release parses only the bytes the file has not parsed
 * before, and still reads, checks and links every file. One test file's at a time, so that a worker does not hold
 * every parse of the run. Entries are keyed by bytes alone: a load with limits of its own must not use it.
 */
let fileCache: { file: string | undefined; cache: Promise<ParseCache> } | undefined;

export function testFileCache(): Promise<ParseCache> {
  const file = expect.getState().testPath;
  if (!fileCache || fileCache.file !== file) fileCache = { file, cache: ParseCache.open(undefined) };
  return fileCache.cache;
}
