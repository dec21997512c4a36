// Every public form of a body (its page, the whole document, the open data's Markdown, the feeds' plain text) is made
// from one parse of its text: the Markdown tokenizer is the build's largest single cost. The outputs are pinned by
// hash for every body of examples/, as they were when each form still parsed the text on its own.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';

const parses = vi.hoisted(() => ({ count: new Map<string, number>() }));

vi.mock('../../src/parse/markdown.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse/markdown.ts')>();
  return {
    ...original,
    parseMarkdown: (text: string) => {
      parses.count.set(text, (parses.count.get(text) ?? 0) + 1);
      return original.parseMarkdown(text);
    },
  };
});

const { limits } = await import('../../src/limits.ts');
const { parseFile } = await import('../../src/parse/parse-file.ts');
const { bodyText, publicMarkdown, renderBody } = await import('../../src/render/index.ts');

const EXAMPLES = path.resolve(import.meta.dirname, '../../../../examples');

async function markdownFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.relative(EXAMPLES, path.join(entry.parentPath, entry.name)))
    .sort();
}

const bodyOf = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

/** The forms the site makes of a body, in the order a build asks for them. */
async function forms(markdown: string, fromPath: string) {
  const resolveLink = ({ kind, id }: { kind: string; id: string }) => ({ href: `/${kind}/${id}/`, title: id });
  const page = await renderBody(markdown, { resolveLink, fromPath });
  const wholeDocument = await renderBody(markdown, { resolveLink, fromPath, headingOffset: 4 });
  const openData = JSON.stringify({ body: publicMarkdown(markdown) });
  const text = bodyText(markdown);
  return { page, wholeDocument, openData, text };
}

const sha = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

describe('a body in a build', () => {
  test('is tokenized at most twice: once to validate it, once for every public form', async () => {
    const markdown = [
      '# Bakgrunn',
      '',
      'Se [tiltaket](../tiltak/T-2.md#mal) og [mer][ref].[^1]',
      '',
      ':::eksempel',
      'Oppdiktet avsnitt.',
      ':::',
      '',
      '[ref]: tiltak:T-3',
      '[^1]: En fotnote.',
    ].join('\n');
    parses.count.clear();
    parseFile(`---\nid: T-1\n---\n${markdown}`, limits);
    await forms(markdown, 'tiltak/T-1.md');
    expect(parses.count.get(markdown)).toBeLessThanOrEqual(2);
  });

  test('gives the same HTML, open data and plain text for every body of examples/ as before', async () => {
    const hashes: Record<string, Record<string, string>> = {};
    for (const file of await markdownFiles(EXAMPLES)) {
      const body = bodyOf(await readFile(path.join(EXAMPLES, file), 'utf8'));
      const made = await forms(body, file.split(path.sep).slice(-2).join('/'));
      hashes[file] = Object.fromEntries(Object.entries(made).map(([form, value]) => [form, sha(value)]));
    }
    await expect(`${JSON.stringify(hashes, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/one-parse.hashes.json');
  });
});
