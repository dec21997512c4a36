// A passage marked `:::eksempel` in every public form of a body, and everything else exactly as it was before the
// block existed: the expected HTML of the second group is what the renderer gave before it read any `:::` block.

import { describe, expect, test } from 'vitest';
import { containerDirectives, parseMarkdown } from '../../src/parse/markdown.ts';
import { bodyText, publicMarkdown, renderBody } from '../../src/render/index.ts';

const render = (markdown: string, options: Partial<Parameters<typeof renderBody>[1]> = {}) =>
  renderBody(markdown, { resolveLink: ({ id }) => ({ href: `/tiltak/${id}/` }), ...options });

const label =
  '<p class="example-passage__label" data-pagefind-ignore><span class="ds-tag" data-color="warning">Eksempel</span> Avsnittet bygger ikke på kjente fakta.</p>';

const body = ['Ekte avsnitt.', '', ':::eksempel', 'Oppdiktet avsnitt med [lenke](tiltak:T-1).', ':::', '', 'Ekte igjen.'].join('\n');

describe('a passage marked :::eksempel', () => {
  test('is a labelled note around exactly the invented paragraph, its links resolved', async () => {
    expect(await render(body)).toBe(
      [
        '<p>Ekte avsnitt.</p>',
        `<div class="example-passage" role="note" aria-label="Eksempel">${label}<p>Oppdiktet avsnitt med <a href="/tiltak/T-1/">lenke</a>.</p></div>`,
        '<p>Ekte igjen.</p>',
      ].join('\n'),
    );
  });

  test('carries the label it is given, and the cached body keeps none: the same text renders in each language', async () => {
    const nynorsk = await render(body, { exampleLabel: { tag: 'Døme', text: 'Avsnittet byggjer ikkje på kjende fakta.' } });
    expect(nynorsk).toContain(
      '<div class="example-passage" role="note" aria-label="Døme"><p class="example-passage__label" data-pagefind-ignore><span class="ds-tag" data-color="warning">Døme</span> Avsnittet byggjer ikkje på kjende fakta.</p>',
    );
    expect(nynorsk).not.toContain('Eksempel');
    expect(await render(body, { exampleLabel: { tag: 'Example', text: 'Not based on known facts.', lang: 'en' } })).toContain(
      '<p class="example-passage__label" lang="en" data-pagefind-ignore><span class="ds-tag" data-color="warning">Example</span> Not based on known facts.</p>',
    );
    expect(await render(body)).toContain(label);
    expect(await render(body, { exampleLabel: { tag: '<b>"x"</b>', text: 'a & b' } })).toContain(
      'aria-label="&#x3C;b>&#x22;x&#x22;&#x3C;/b>"><p class="example-passage__label" data-pagefind-ignore><span class="ds-tag" data-color="warning">&#x3C;b>"x"&#x3C;/b></span> a &#x26; b</p>',
    );
  });

  test('may hold several blocks, and stand in a list item', async () => {
    expect(await render(':::eksempel\n## Del\n\nTo\n\n- tre\n:::')).toBe(
      `<div class="example-passage" role="note" aria-label="Eksempel">${label}<h2 id="innhold-del">Del</h2><p>To</p><ul>\n<li>tre</li>\n</ul></div>`,
    );
    expect(await render('- :::eksempel\n  x\n  :::')).toBe(
      `<ul>\n<li>\n<div class="example-passage" role="note" aria-label="Eksempel">${label}<p>x</p></div>\n</li>\n</ul>`,
    );
  });

  test('raw HTML cannot make one: the class, the role and the label are all taken off', async () => {
    const forged = '<div class="example-passage" role="note" aria-label="Eksempel"><p class="example-passage__label">Eksempel</p>rå</div>';
    expect(await render(forged)).toBe('<div><p>Eksempel</p>rå</div>');
    expect(await render(`${forged}\n\n${body}`)).toMatch(/^<div><p>Eksempel<\/p>rå<\/div>\n<p>Ekte avsnitt.<\/p>\n<div class="example-passage"/);
    expect(await render('<div class="x">rå</div>')).toBe('<div>rå</div>');
  });

  test('its plain text is the passage without the label', () => {
    expect(bodyText(body)).toBe('Ekte avsnitt. Oppdiktet avsnitt med lenke. Ekte igjen.');
  });

  test('its public Markdown keeps the block, and reads back as the same passage', async () => {
    const published = publicMarkdown(body);
    expect(published).toBe('Ekte avsnitt.\n\n:::eksempel\nOppdiktet avsnitt med [lenke](tiltak:T-1).\n:::\n\nEkte igjen.');
    expect(publicMarkdown(published)).toBe(published);
    expect(await render(published)).toBe(await render(body));
  });

  test('a line of text that only looks like one stays text in the public Markdown', () => {
    expect(publicMarkdown('\\:::eksempel')).toBe('\\:::eksempel');
    expect(publicMarkdown('\\:::eksempel\nx\n:::')).toBe(':::eksempel x :::');
  });
});

describe('what is not a :::eksempel block reads as before', () => {
  const before: [string, string, string][] = [
    [
      'Merk:dette og KS:Kommune, kl.10:30 og kontakt:post@ks.no.',
      '<p>Merk:dette og KS:Kommune, kl.10:30 og kontakt:<a href="mailto:post@ks.no">post@ks.no</a>.</p>',
      'Merk:dette og KS:Kommune, kl.10:30 og kontakt:<post@ks.no>.',
    ],
    [
      'Se https://x.no/a:b og :abbr[KD]{title="x"} her.',
      '<p>Se <a href="https://x.no/a:b">https://x.no/a:b</a> og :abbr[KD]{title="x"} her.</p>',
      'Se <https://x.no/a:b> og :abbr\\[KD]{title="x"} her.',
    ],
    ['::foo\n\nTekst', '<p>::foo</p>\n<p>Tekst</p>', '::foo\n\nTekst'],
    ['Avsnitt\n::foo\nmer', '<p>Avsnitt\n::foo\nmer</p>', 'Avsnitt ::foo mer'],
    ['::foo[bar]{#id .klasse}', '<p>::foo[bar]{#id .klasse}</p>', '::foo\\[bar]{#id .klasse}'],
    [':::note\nHei *du*\n:::', '<p>:::note\nHei <em>du</em>\n:::</p>', ':::note Hei _du_ :::'],
    ['Avsnitt\n:::note\nHei\n:::\netter', '<p>Avsnitt\n:::note\nHei\n:::\netter</p>', 'Avsnitt :::note Hei ::: etter'],
    [':::eksemple\nx\n:::', '<p>:::eksemple\nx\n:::</p>', ':::eksemple x :::'],
    [':::Eksempel\nx\n:::', '<p>:::Eksempel\nx\n:::</p>', ':::Eksempel x :::'],
    ['Tittel\n:::eksempel-x\n:::', '<p>Tittel\n:::eksempel-x\n:::</p>', 'Tittel :::eksempel-x :::'],
    ['> :::note\n> x\n> :::', '<blockquote>\n<p>:::note\nx\n:::</p>\n</blockquote>', '> :::note x :::'],
    ['- a:b\n- ::c\n- :::d', '<ul>\n<li>a:b</li>\n<li>::c</li>\n<li>:::d</li>\n</ul>', '- a:b\n- ::c\n- :::d'],
    ['```\n:::eksempel\nx\n:::\n```', '<pre><code>:::eksempel\nx\n:::\n</code></pre>', '```\n:::eksempel\nx\n:::\n```'],
    ['Tekst :::eksempel midt i', '<p>Tekst :::eksempel midt i</p>', 'Tekst :::eksempel midt i'],
  ];

  test.each(before)('%j', async (markdown, html, published) => {
    expect(await render(markdown)).toBe(html);
    expect(publicMarkdown(markdown)).toBe(published);
  });

  test('no :word or ::word is read as a directive', () => {
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(parseMarkdown('Merk:dette\n\n::leaf\n\n:::note\nx\n:::'));
    expect([...types].filter((type) => type.endsWith('Directive'))).toEqual([]);
  });
});

describe('the blocks the checks see', () => {
  test('every :::name block, with where its fences are; an unclosed one has no closing fence', () => {
    const blocks = containerDirectives('Tekst\n\n:::note\nx\n:::\n\n:::eksempel\n:::\n\n::::eksempel\nuten slutt').map((node) => ({
      name: node.name,
      opening: `${node.data?.position?.opening?.start.line}:${node.data?.position?.opening?.start.column}`,
      closed: node.data?.position?.closing !== undefined,
      children: node.children.length,
    }));
    expect(blocks).toEqual([
      { name: 'note', opening: '3:1', closed: true, children: 1 },
      { name: 'eksempel', opening: '7:1', closed: true, children: 0 },
      { name: 'eksempel', opening: '10:1', closed: false, children: 1 },
    ]);
  });
});
