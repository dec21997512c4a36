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
const { keepParsedBodies, parsedBody } = await import('../../src/parse/kept-bodies.ts');
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

/** The hashes of every form of every body of examples/, each file validated first when `validate` is set, as in a build. */
async function exampleHashes(validate: boolean): Promise<string> {
  const hashes: Record<string, Record<string, string>> = {};
  for (const file of await markdownFiles(EXAMPLES)) {
    const text = await readFile(path.join(EXAMPLES, file), 'utf8');
    if (validate) parseFile(text, limits);
    const made = await forms(bodyOf(text), file.split(path.sep).slice(-2).join('/'));
    hashes[file] = Object.fromEntries(Object.entries(made).map(([form, value]) => [form, sha(value)]));
  }
  return `${JSON.stringify(hashes, null, 2)}\n`;
}

const SAMPLE = [
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

// The tests run in order: the last ones keep the parsed bodies, which stays so for the rest of the process.
describe('a body in a build', () => {
  test('is tokenized at most twice: once to validate it, once for every public form', async () => {
    parses.count.clear();
    parseFile(`---\nid: T-1\n---\n${SAMPLE}`, limits);
    await forms(SAMPLE, 'tiltak/T-1.md');
    expect(parses.count.get(SAMPLE)).toBeLessThanOrEqual(2);
  });

  test('gives the same HTML, open data and plain text for every body of examples/ as before', async () => {
    await expect(await exampleHashes(false)).toMatchFileSnapshot('./__snapshots__/one-parse.hashes.json');
  });
});

describe("a body in a build that keeps the validator's trees (the site)", () => {
  test('is tokenized once, to validate it, and rendered from that tree', async () => {
    keepParsedBodies();
    const markdown = `${SAMPLE}\n\nEn setning til.`;
    parses.count.clear();
    parseFile(`---\nid: T-1\n---\n${markdown}`, limits);
    await forms(markdown, 'tiltak/T-1.md');
    expect(parses.count.get(markdown)).toBe(1);
  });

  test('gives the same HTML, open data and plain text for every body of examples/', async () => {
    keepParsedBodies();
    await expect(await exampleHashes(true)).toMatchFileSnapshot('./__snapshots__/one-parse.hashes.json');
  });

  test('keeps no stand-in for a text too deep to parse: only the copy of the model that made it knows it as one', () => {
    keepParsedBodies();
    const deep = `${'> '.repeat(200)}dypt`;
    parses.count.clear();
    parsedBody(deep);
    parsedBody(deep);
    parsedBody(SAMPLE);
    parsedBody(SAMPLE);
    expect([parses.count.get(deep), parses.count.get(SAMPLE)]).toEqual([2, 1]);
  });
});
