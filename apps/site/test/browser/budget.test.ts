/**
 * Every public page stays within the page budget of 60 kB of HTML. The preview is left out on purpose: its diff
 * pages also carry the word diff of the Markdown source for editors.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from './harness/paths.ts';
import { htmlFiles } from './harness/site-files.ts';

const BUDGET = 60 * 1024;

describe('page budget', () => {
  test('every public page is at most 60 kB', () => {
    const over = htmlFiles(distDir)
      .map((file) => ({ file, size: statSync(join(distDir, file)).size }))
      .filter((page) => page.size > BUDGET)
      .map((page) => `${page.file}: ${Math.round(page.size / 1024)} kB`);
    expect(over).toEqual([]);
  });
});
