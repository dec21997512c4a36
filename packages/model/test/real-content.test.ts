// The strategy's own content must load without errors. It is written beside this package in /content.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblemLine } from '@strategi/problems';
import { expect, test } from 'vitest';
import { loadCorpus } from '../src/index.ts';

const content = fileURLToPath(new URL('../../../content', import.meta.url));

test('the content folder has no errors', async () => {
  const info = await stat(content).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new Error(`Fant ikke innholdsmappen ${content}. Testen sjekker strategiens eget innhold, som skal ligge i «content/» øverst i repoet.`);
  }
  const corpus = await loadCorpus(content, { displayBase: path.dirname(content), cacheFolder: false });
  const errors = corpus.problems.filter((problem) => problem.severity === 'error').map((problem) => formatProblemLine(problem));
  expect(errors).toEqual([]);
  expect(corpus.working.index.strategy, 'content/strategi.md finnes ikke').toBeDefined();
});
