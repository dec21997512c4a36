import { describe, expect, test } from 'vitest';
import { placeInText, readableText } from '../../src/locate/index.ts';

/** The source text under each character of a found passage, so a test reads like the file. */
const sourceOf = (markdown: string, passage: string) => {
  const { text, offsets } = readableText(markdown);
  const at = text.indexOf(passage);
  expect(at).toBeGreaterThanOrEqual(0);
  return markdown.slice(offsets[at], offsets[at + passage.length - 1]! + 1);
};

describe('readableText', () => {
  test('runs inline content together and separates blocks with a line break', () => {
    expect(readableText('# Tittel\n\nEn **sterk** og `kode` tekst.\n\n- én\n- to\n').text).toBe('Tittel\nEn sterk og kode tekst.\nén\nto\n');
  });

  test('leaves the frontmatter out', () => {
    expect(readableText('---\ntitle: Hei\n---\n\nBrødtekst.\n').text).toBe('Brødtekst.\n');
  });

  test('maps each character back to the source, across emphasis, escapes and entities', () => {
    const markdown = 'Skolene skal *alltid* ha \\*tilgang\\* til &amp; nett.\n';
    expect(sourceOf(markdown, 'alltid ha')).toBe('alltid* ha');
    expect(sourceOf(markdown, '*tilgang*')).toBe('*tilgang\\*');
    expect(sourceOf(markdown, '& nett')).toBe('&amp; nett');
  });

  test('maps text in a blockquote over its markers', () => {
    const markdown = '> første linje\n> andre linje\n';
    const { text, offsets } = readableText(markdown);
    expect(text).toBe('første linje\nandre linje\n');
    expect(offsets[text.indexOf('andre')]).toBe(markdown.indexOf('andre'));
  });

  test('maps a fenced code block to its content, not its fence', () => {
    const markdown = '```js\njs kode\n```\n';
    const { text, offsets } = readableText(markdown);
    expect(text).toBe('js kode\n');
    expect(offsets[0]).toBe(markdown.indexOf('js kode'));
  });
});

describe('placeInText', () => {
  test('gives 1-based line and column', () => {
    expect(placeInText('a\nbc\r\nd', 0)).toEqual({ line: 1, column: 1 });
    expect(placeInText('a\nbc\r\nd', 3)).toEqual({ line: 2, column: 2 });
    expect(placeInText('a\nbc\r\nd', 6)).toEqual({ line: 3, column: 1 });
  });
});

test('a body nested far past the stack is read without overflowing it', () => {
  const body = `${'>'.repeat(5000)} inni\n`;
  const { text, offsets } = readableText(body);
  expect(text.trim()).toBe('inni');
  expect(body.slice(offsets[text.indexOf('inni')]!, offsets[text.indexOf('inni')]! + 4)).toBe('inni');
});
