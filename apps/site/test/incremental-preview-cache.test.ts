/** The folder of the preview's page cache (src/plan/page-cache.ts), without a build. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { closePageCache, openPageCache, pageCacheDir, UNFINISHED } from '../src/plan/page-cache.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'strategi-page-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const plan = (content: string, cacheDir?: string) => ({ cacheDir, contentDir: path.join(scratch, content), outDir: path.join(scratch, 'ut') });

test('is beside the output folder without a cache folder, one per output folder and content folder', () => {
  expect(path.dirname(path.dirname(pageCacheDir(plan('a'))))).toBe(path.join(scratch, '.cache', 'preview-pages'));
  expect(pageCacheDir(plan('a', '/cache')).startsWith('/cache/preview-pages/')).toBe(true);
  expect(pageCacheDir(plan('a'))).not.toBe(pageCacheDir(plan('b')));
  expect(path.dirname(pageCacheDir(plan('a')))).toBe(path.dirname(pageCacheDir(plan('b'))));
});

test('a build into the output folder keeps its own content’s pages and removes the pages of other content', async () => {
  const a = pageCacheDir(plan('a'));
  const b = pageCacheDir(plan('b'));
  await openPageCache(a);
  writeFileSync(path.join(a, 'page.html'), 'a');
  await closePageCache(a);
  await openPageCache(b);
  expect(existsSync(a)).toBe(false);
  await closePageCache(b);
  mkdirSync(path.join(b, 'dist'));
  await openPageCache(b);
  expect(readdirSync(b).sort()).toEqual(['dist', UNFINISHED]);
});

test('a build after one that never finished starts from an empty folder', async () => {
  const a = pageCacheDir(plan('a'));
  await openPageCache(a);
  writeFileSync(path.join(a, 'page.html'), 'newer than its key');
  await openPageCache(a);
  expect(readdirSync(a)).toEqual([UNFINISHED]);
});
