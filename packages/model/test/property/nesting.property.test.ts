// Deep and tangled Markdown (quotes, lists, emphasis, links, raw HTML and marked passages inside each other, with
// tag soup at the bottom): either the validator refuses it as too deep at a place inside the body, or every public
// form the site makes of it renders, with room to spare on the stack. Whatever the validator says, no render throws.

import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { blocksOf, diffParagraphs } from '../../src/diff/index.ts';
import { limits } from '../../src/limits.ts';
import { nestingOf, rawNestingOf } from '../../src/parse/nesting.ts';
import { parseFile } from '../../src/parse/parse-file.ts';
import { bodyText, publicMarkdown, renderBody } from '../../src/render/index.ts';
import { htmlSoup } from './html-soup.ts';
import { propertyRuns } from './runs.ts';

type Wrap = (inner: string) => string;

const indent = (inner: string, first: string, rest: string) =>
  inner
    .split('\n')
    .map((line, index) => (index === 0 ? first : line === '' ? rest.trimEnd() : rest) + line)
    .join('\n');

/** One level of nesting each, as an editor (or an attacker) would write it: blocks around blocks. */
const blockWraps: Wrap[] = [
  (inner) => indent(inner, '> ', '> '),
  (inner) => indent(inner, '- ', '  '),
  (inner) => indent(inner, '1. ', '   '),
  (inner) => `<div>\n\n${inner}\n\n</div>`,
  (inner) => `:::eksempel\n${inner}\n:::`,
];

/** Inline nesting, around the text at the bottom. */
const inlineWraps: Wrap[] = [
  (inner) => `*${inner}*`,
  (inner) => `**${inner}**`,
  (inner) => `~~${inner}~~`,
  (inner) => `[${inner}](https://example.org/)`,
  (inner) => `<span>${inner}</span>`,
  (inner) => `<i title="x">${inner}`,
];

const leaf = fc.oneof(fc.constantFrom('ord', 'to *ord*', '`kode`', '# Overskrift', '| a | b |\n| - | - |\n| 1 | 2 |'), htmlSoup);

/** As often a few levels (within the limit, mostly) as many (past it, mostly). */
const levels = (wraps: Wrap[], many: number) =>
  fc.oneof(fc.array(fc.constantFrom(...wraps), { maxLength: 12 }), fc.array(fc.constantFrom(...wraps), { minLength: 12, maxLength: many, size: 'max' }));

/** Now and then a run of quote markers far past what any walk of the tree can recurse through. */
const pastTheStack = fc.option(fc.integer({ min: 800, max: 1500 }), { freq: 4 });

/** A body of one to three blocks, each a leaf inside inline and then block nesting; `overflow` adds `pastTheStack`. */
const deepBody = (overflow: boolean) =>
  fc
    .array(
      fc.tuple(leaf, levels(inlineWraps, 80), levels(blockWraps, 80), overflow ? pastTheStack : fc.constant(null)).map(([text, inline, block, quotes]) => {
        const nested = block.reduce(
          (inner, wrap) => wrap(inner),
          inline.reduce((inner, wrap) => wrap(inner), text),
        );
        // On one line only: thousands of markers on every line of a long block would take minutes to parse.
        return quotes === null ? nested : `${'>'.repeat(quotes)} ${text.split('\n')[0]}\n\n${nested}`;
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((blocks) => blocks.join('\n\n'));

/** Runs `render` from a stack already `frames` calls deep, as a page rendered inside the site's own code is. */
function fromDeepStack<T>(frames: number, render: () => T): T {
  return frames === 0 ? render() : fromDeepStack(frames - 1, render);
}

/** Every public form of a body the site makes: page HTML, plain text, public Markdown, diff blocks and paragraph diffs. */
async function renderEveryWay(body: string): Promise<void> {
  const html = await renderBody(body, { resolveLink: () => ({ href: '/tiltak/T-1/' }) });
  expect(typeof html).toBe('string');
  bodyText(body);
  publicMarkdown(body);
  blocksOf(body);
  diffParagraphs(body, `${body}\n\nEt nytt avsnitt.`);
}

const FRONTMATTER = '---\nid: T-1\n---\n';

describe('deep and tangled Markdown', () => {
  test('is refused as too deep at a place in the body, or renders every way from a deep stack', async () => {
    const runs = propertyRuns(50);
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(deepBody(false), async (body) => {
        const parsed = parseFile(`${FRONTMATTER}${body}\n`, limits);
        const tooDeep = parsed.problems.filter((problem) => problem.ruleId === 'file/too-complex');
        if (tooDeep.length > 0) {
          refused++;
          const [problem] = tooDeep;
          expect(problem!.line).toBeGreaterThanOrEqual(4);
          expect(problem!.line).toBeLessThanOrEqual(3 + body.split('\n').length);
          return;
        }
        accepted++;
        // A site build renders several hundred calls deep; what the validator accepts has room for that.
        await fromDeepStack(2000, () => renderEveryWay(body));
      }),
      { numRuns: runs },
    );
    // Both sides of the limit were tried.
    expect(refused).toBeGreaterThan(runs / 15);
    expect(accepted).toBeGreaterThan(runs / 15);
  }, 300_000);

  test('renders every way whatever the validator says: a refused body becomes plain text, never a RangeError', async () => {
    await fc.assert(
      fc.asyncProperty(deepBody(true), async (body) => {
        await fromDeepStack(2000, () => renderEveryWay(body));
      }),
      { numRuns: propertyRuns(20) },
    );
  }, 300_000);

  test('the measure of the raw text, which spares a parse, never finds a body deeper than a full parse does', () => {
    // Lines of quote and emphasis markers, words, and what could change the meaning of the lines after it.
    const token = fc.constantFrom(
      '>',
      '> ',
      '   >',
      '*',
      '_',
      '**',
      'a',
      'ord',
      ' ',
      '    ',
      '\t',
      '- ',
      '1. ',
      '`',
      '```',
      '~~~',
      '<div>',
      '<!--',
      '-->',
      '[',
      '](x "',
      '"',
      '(',
      ')',
      '\\',
      '---',
      '|',
    );
    const line = fc.array(token, { maxLength: 30 }).map((tokens) => tokens.join(''));
    const nested = fc.integer({ min: 1, max: 12 }).map((levels) => `${'*a '.repeat(levels)}b${' c*'.repeat(levels)}`);
    // What opens on one line and goes on over the next: a link's title, a definition's, a code span, raw HTML.
    const opens = fc.constantFrom('[a](x "', "[a]: x '", '[a](x (', 'x `', 'x <span title="', '```', '<pre>', '<!--');
    const closes = fc.constantFrom('")', "'", '))', '`', '">', '```', '</pre>', '-->');
    const text = fc.array(fc.oneof(line, nested, opens, closes, fc.constant('')), { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n'));
    const parser = unified().use(remarkParse).use(remarkGfm).freeze();
    const runs = propertyRuns(300);
    let found = 0;
    fc.assert(
      fc.property(text, (body) => {
        const raw = rawNestingOf(body, 4);
        if (raw.depth > 4) found++;
        expect(raw.depth).toBeLessThanOrEqual(nestingOf(parser.parse(body), 4).depth);
      }),
      { numRuns: runs },
    );
    // The measure is not a measure of nothing: it found bodies past the limit.
    expect(found).toBeGreaterThan(runs / 10);
  });
});
