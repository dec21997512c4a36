// The strategy's own content must load without errors, and hold only what really happened: one release, the
// strategy as adopted on 20 April 2023, and no example marks. Invented releases and examples live in /examples.
// The content is written beside this package in /content.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblemLine } from '@strategi/problems';
import { beforeAll, expect, test } from 'vitest';
import { type Corpus, currentEdition, loadCorpus } from '../src/index.ts';

const content = fileURLToPath(new URL('../../../content', import.meta.url));

let corpus: Corpus;

beforeAll(async () => {
  const info = await stat(content).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new Error(`Fant ikke innholdsmappen ${content}. Testen sjekker strategiens eget innhold, som skal ligge i «content/» øverst i repoet.`);
  }
  corpus = await loadCorpus(content, { displayBase: path.dirname(content), cacheFolder: false });
});

/** Every Markdown file under the content folder, released copies included, relative to it. */
async function markdownFiles(): Promise<string[]> {
  const entries = await readdir(content, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.relative(content, path.join(entry.parentPath, entry.name)))
    .sort();
}

test('the content folder has no errors and no warnings', () => {
  const problems = corpus.problems.map((problem) => formatProblemLine(problem));
  expect(problems).toEqual([]);
  expect(corpus.working.index.strategy, 'content/strategi.md finnes ikke').toBeDefined();
});

test('there is exactly one release, the strategy adopted on 20 April 2023, and it is the current version', () => {
  expect(corpus.versions.map((edition) => [edition.id, edition.status, edition.version?.date])).toEqual([['2023-vedtatt', 'vedtatt', '2023-04-20']]);
  expect(corpus.versions.filter((edition) => edition.version?.example === true).map((edition) => edition.id)).toEqual([]);
  expect(currentEdition(corpus.versions)?.id).toBe('2023-vedtatt');
});

test('no document anywhere in content/ carries an example mark or an example passage', async () => {
  const marked: string[] = [];
  for (const file of await markdownFiles()) {
    const text = await readFile(path.join(content, file), 'utf8');
    // `strategi release` writes `example: false` into every version description it seals: a denial, not a mark.
    const denial = path.basename(file) === 'versjon.md' ? /^example: false$/gm : undefined;
    if (/^example:/m.test(denial ? text.replace(denial, '') : text)) marked.push(`${file}: example`);
    if (/^:{3,}\s*eksempel\b/im.test(text)) marked.push(`${file}: :::eksempel`);
  }
  expect(marked).toEqual([]);
});
