// A body nested deeper than the limit (an old version, a caller that did not validate) never stops a render: every
// public form of it is its plain text. Without the guard each of these threw «Maximum call stack size exceeded»;
// without the measure of the raw text, parsing the emphasis alone took twenty seconds (micromark matches emphasis
// in quadratic time). Both are found past the limit before any parse, so they are never parsed.

import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { blocksOf } from '../../src/diff/paragraphs.ts';
import { limits } from '../../src/limits.ts';
import { nestingOf, rawNestingOf } from '../../src/parse/nesting.ts';
import { parseFile } from '../../src/parse/parse-file.ts';
import { bodyText, publicMarkdown, renderBody } from '../../src/render/index.ts';

const deep = {
  quotes: (levels: number) => `Før\n\n${'>'.repeat(levels)} inni\n`,
  emphasis: (levels: number) => `${'*a '.repeat(levels)}inni${' a*'.repeat(levels)}\n`,
};

/** CommonMark and GFM as micromark reads them, without the project's shortcut: the measure the raw one stands for. */
const fullParse = unified().use(remarkParse).use(remarkGfm).freeze();

describe.each(Object.entries(deep))('%s nested past the stack', (_, nested) => {
  const body = nested(5000 / (nested === deep.quotes ? 1 : 2));

  test('is found past the limit in the raw text, so it is never parsed', () => {
    expect(rawNestingOf(body, limits.maxNestingDepth).depth).toBeGreaterThan(2500);
  });

  test('is measured from the raw text as a full parse measures it: no deeper, and past the limit at the same place', () => {
    // 100 levels: past the limit, and cheap to parse in full.
    const text = nested(100);
    const raw = rawNestingOf(text, limits.maxNestingDepth);
    const parsed = nestingOf(fullParse.parse(text), limits.maxNestingDepth);
    expect(raw.depth).toBeGreaterThan(limits.maxNestingDepth);
    expect(raw.depth).toBeLessThanOrEqual(parsed.depth);
    expect(raw.over).toEqual({ line: parsed.over!.line, column: parsed.over!.column });
  });

  test('is refused by the validator at the place it passes the limit', () => {
    const { problems } = parseFile(`---\nid: T-1\n---\n${body}`, limits);
    const over = rawNestingOf(body, limits.maxNestingDepth).over!;
    expect(problems.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
      { ruleId: 'file/too-complex', line: over.line + 3, column: over.column },
    ]);
  });

  test('renders as plain text in every public form', async () => {
    const html = await renderBody(body, { resolveLink: () => undefined });
    expect(html).toMatch(/^(<p>[^<]*<\/p>)+$/);
    expect(html).toContain('inni');
    expect(bodyText(body)).toContain('inni');
    expect(publicMarkdown(body)).toContain('inni');
    expect(
      blocksOf(body)
        .map((block) => block.text)
        .join(' '),
    ).toContain('inni');
  });
});

test('a body within the limit keeps its structure', async () => {
  const html = await renderBody(`${'>'.repeat(30)} inni\n`, { resolveLink: () => undefined });
  expect(html.match(/<blockquote>/g)).toHaveLength(30);
});

test('a body that a node made after parsing takes past the limit is refused where that node stands', () => {
  // Found by nesting.property.test.ts. The outer addresses are left as text (a link in a link is not one), which
  // GFM then makes links in a transform after the parse: nodes one deeper than the limit, with no place of their own.
  const inline = '***[~~[~~**<i title="x">[<i title="x"><i title="x">ord](https://example.org/)**~~](https://example.org/)~~](https://example.org/)***';
  const body = `> - > - > 1. 1. > > 1. > > > > > 1. > > > > - > > > - > - > > > > > - > > > - > - > > - > ${inline}\n`;
  const { problems } = parseFile(`---\nid: T-1\n---\n${body}`, limits);
  expect(problems.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([{ ruleId: 'file/too-complex', line: 4, column: 170 }]);
});
