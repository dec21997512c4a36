/** The folder of the preview's page cache (src/plan/page-cache.ts), without a build. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { closePageCache, openPageCache, pageCacheDir, SWEEP_AFTER_MS, UNFINISHED } from '../src/plan/page-cache.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-page-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const cacheDir = path.join(scratch, 'cache');
const plan = (content: string, out = 'ut') => ({ cacheDir, contentDir: path.join(scratch, content), outDir: path.join(scratch, out) });
const dirOf = (content: string, out = 'ut') => pageCacheDir(plan(content, out), '/site');
const open = (content: string, out = 'ut') => openPageCache(dirOf(content, out), plan(content, out).outDir);

test('is under the cache folder, else the site’s node_modules/.cache, one per output folder and content folder', () => {
  expect(dirOf('a').startsWith(path.join(cacheDir, 'preview-pages'))).toBe(true);
  expect(pageCacheDir({ ...plan('a'), cacheDir: undefined }, '/site').startsWith('/site/node_modules/.cache/strategi/preview-pages/')).toBe(true);
  expect(dirOf('a')).not.toBe(dirOf('b'));
  expect(dirOf('a')).not.toBe(dirOf('a', 'other'));
  expect(path.dirname(dirOf('a'))).toBe(path.dirname(dirOf('b')));
});

test('a build into an output folder keeps its own content’s pages and removes the pages of other content', async () => {
  await open('a');
  writeFileSync(path.join(dirOf('a'), 'page.html'), 'a');
  await closePageCache(dirOf('a'));
  await open('b');
  expect(existsSync(dirOf('a'))).toBe(false);
  await closePageCache(dirOf('b'));
  mkdirSync(path.join(dirOf('b'), 'dist'));
  await open('b');
  expect(readdirSync(dirOf('b')).sort()).toEqual(['dist', UNFINISHED]);
});

test('a build removes the pages kept for output folders gone for an hour, and keeps those of the others', async () => {
  for (const out of ['temporary', 'starting', 'kept']) {
    mkdirSync(path.join(scratch, out), { recursive: true });
    await open('a', out);
  }
  for (const out of ['temporary', 'starting']) rmSync(path.join(scratch, out), { recursive: true });
  // The first build began over an hour ago; the second has not made its output folder yet.
  const began = new Date(Date.now() - SWEEP_AFTER_MS - 60_000);
  utimesSync(path.join(path.dirname(dirOf('a', 'temporary')), 'output'), began, began);
  await open('a');
  expect(existsSync(path.dirname(dirOf('a', 'temporary')))).toBe(false);
  expect(existsSync(dirOf('a', 'starting'))).toBe(true);
  expect(existsSync(dirOf('a', 'kept'))).toBe(true);
});

test('a build after one that never finished starts from an empty folder', async () => {
  await open('a');
  writeFileSync(path.join(dirOf('a'), 'page.html'), 'newer than its key');
  await open('a');
  expect(readdirSync(dirOf('a'))).toEqual([UNFINISHED]);
});
