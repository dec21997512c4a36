// Properties of the one HTML pipeline over tag soup: rendering never throws, nothing unsafe comes out of any
// public form of a body (HTML, public Markdown, plain text), and the public Markdown holds no raw HTML,
// comment or link definition.

import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { bodyText, publicMarkdown, renderBody } from '../../src/render/index.ts';
import { unsafeParts } from '../render/unsafe-parts.ts';
import { htmlSoup } from './html-soup.ts';
import { propertyRuns } from './runs.ts';

const render = (markdown: string) => renderBody(markdown, { resolveLink: () => ({ href: '/tiltak/T-1/' }) });

/** The kinds of node in a Markdown text, as the project's parser reads it. */
function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  visit(parseMarkdown(markdown), (node: Nodes) => {
    types.add(node.type);
  });
  return types;
}

describe('any tag soup', () => {
  test('renders without throwing, and the HTML has no unsafe element, attribute or URL', async () => {
    await fc.assert(
      fc.asyncProperty(htmlSoup, async (body) => {
        expect(unsafeParts(await render(body))).toEqual([]);
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  test('its public Markdown has no raw HTML, comment or definition, and renders as safely', async () => {
    await fc.assert(
      fc.asyncProperty(htmlSoup, async (body) => {
        const markdown = publicMarkdown(body);
        const types = nodeTypes(markdown);
        expect(types.has('html')).toBe(false);
        expect(types.has('definition')).toBe(false);
        expect(unsafeParts(await render(markdown))).toEqual([]);
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  test('a comment or an unused link definition before it reaches neither its plain text nor its public Markdown', () => {
    fc.assert(
      fc.property(htmlSoup, fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ') }), (body, secret) => {
        const marker = `HEMMELIG${secret}`;
        // First, where nothing before them can turn them into text (an unclosed <title> or <textarea> shows
        // what follows it as text, on the page and in the data alike).
        const withComment = `[ubrukt-${secret}]: https://example.org/${marker}\n\n<!-- ${marker} -->\n\n${body}`;
        expect(bodyText(withComment)).not.toContain(marker);
        expect(publicMarkdown(withComment)).not.toContain(marker);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
