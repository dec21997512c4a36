import { describe, expect, test } from 'vitest';
import { commentHtml, invalidInput, newCommentSchema, selectorsOf, toAnnotation } from '../src/index.ts';

const valid = {
  document: 'T-1',
  edition: 'utkast',
  text: '  Bra!  ',
  target: {
    selector: [
      { type: 'TextQuoteSelector', exact: 'digital', prefix: 'en ', suffix: ' skole' },
      { type: 'TextPositionSelector', start: 3, end: 10 },
    ],
  },
};

describe('a new comment', () => {
  test('is read with its selectors', () => {
    const input = newCommentSchema.parse(valid);
    expect(input.text).toBe('Bra!');
    expect(input.format).toBe('text');
    expect(selectorsOf(input)).toEqual({ quote: { exact: 'digital', prefix: 'en ', suffix: ' skole' }, position: { start: 3, end: 10 } });
  });

  test.each([
    [{ ...valid, text: '' }, { code: 'text-empty' }],
    [
      { ...valid, text: 'x'.repeat(5001) },
      { code: 'text-too-long', max: 5000 },
    ],
    [{ document: 'T-1', edition: 'utkast' }, { code: 'text-missing' }],
    [
      { ...valid, extra: 1 },
      { code: 'unknown-field', field: 'extra' },
    ],
    [
      { ...valid, document: '../T-1' },
      { code: 'field-invalid', field: 'document' },
    ],
    [
      { ...valid, target: { selector: [{ type: 'TextQuoteSelector', exact: 'x'.repeat(2001) }] } },
      { code: 'quote-too-long', max: 2000 },
    ],
    [
      { ...valid, target: { selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } },
      { code: 'field-invalid', field: 'target.selector.0.end' },
    ],
    [{ ...valid, text: 'Bra\u0000!' }, { code: 'bad-text' }],
    [{ ...valid, target: { selector: [{ type: 'TextQuoteSelector', exact: 'a\u0000b' }] } }, { code: 'bad-text' }],
    [{ ...valid, key: 'k\u0007' }, { code: 'bad-text' }],
  ])('is refused with a reason the server words (%#)', (body, message) => {
    const result = newCommentSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(invalidInput(result.error!)).toEqual(message);
  });
});

describe('the annotation', () => {
  test('follows the W3C model, with the server’s additions', () => {
    const annotation = toAnnotation(
      {
        id: 7,
        linkId: 'abc',
        author: 'KS',
        document: 'T-1',
        edition: 'utkast',
        parentId: null,
        quote: { exact: 'digital', prefix: 'en ', suffix: ' skole' },
        position: null,
        text: 'Bra',
        format: 'text',
        createdAt: '2026-12-01T10:00:00.000Z',
        updatedAt: '2026-12-01T10:00:00.000Z',
        resolvedAt: null,
        resolvedBy: null,
      },
      { html: '<p>Bra</p>', own: true },
    );
    expect(annotation).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: '/api/kommentarer/7',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-12-01T10:00:00.000Z',
      modified: '2026-12-01T10:00:00.000Z',
      creator: { type: 'Person', name: 'KS' },
      body: { type: 'TextualBody', value: 'Bra', format: 'text/plain' },
      target: { source: 'urn:strategi:utkast:T-1', selector: [{ type: 'TextQuoteSelector', exact: 'digital', prefix: 'en ', suffix: ' skole' }] },
      number: 7,
      document: 'T-1',
      edition: 'utkast',
      replyTo: null,
      resolved: null,
      html: '<p>Bra</p>',
      own: true,
    });
  });
});

describe('commentHtml', () => {
  test('escapes plain text and keeps its paragraphs and line breaks', async () => {
    expect(await commentHtml('<script>alert(1)</script>\n& "x"\n\nNytt avsnitt', 'text')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;<br>&amp; &quot;x&quot;</p>\n<p>Nytt avsnitt</p>',
    );
  });

  test('sanitises Markdown with the project’s sanitiser', async () => {
    const html = await commentHtml('**Viktig** <img src=x onerror=alert(1)> [lenke](javascript:alert(1)) <script>alert(1)</script>', 'markdown');
    expect(html).toContain('<strong>Viktig</strong>');
    expect(html).not.toMatch(/onerror|javascript:|<script/i);
  });
});
