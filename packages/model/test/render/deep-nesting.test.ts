// A body nested deeper than the limit (an old version, a caller that did not validate) never stops a render: every
// public form of it is its plain text. Without the guard each of these threw «Maximum call stack size exceeded».

import { describe, expect, test } from 'vitest';
import { blocksOf } from '../../src/diff/paragraphs.ts';
import { bodyText, publicMarkdown, renderBody } from '../../src/render/index.ts';

const deep = {
  quotes: `Før\n\n${'>'.repeat(5000)} inni\n`,
  emphasis: `${'*a '.repeat(2500)}inni${' a*'.repeat(2500)}\n`,
};

describe.each(Object.entries(deep))('%s nested past the stack', (_, body) => {
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
