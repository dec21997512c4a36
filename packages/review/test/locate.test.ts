import { describe, expect, test } from 'vitest';
import { findQuote, locateQuote } from '../src/index.ts';

const body = `Alle barn skal ha tilgang til gode digitale læremidler.

## Kompetanse

Lærere trenger tid til å lære. Skoleeiere må sette av tid
til kompetanseutvikling i hele perioden.

Skoleeiere må sette av tid til oppfølging.
`;
const source = { body, bodyLine: 8, fields: [{ value: 'Styrke den digitale kompetansen', line: 2, column: 8 }] };

describe('locateQuote', () => {
  test('finds a quote in the body, across a line break, at its line and column in the file', () => {
    expect(locateQuote(source, { exact: 'sette av tid til kompetanseutvikling', prefix: 'Skoleeiere må ', suffix: ' i hele' })).toEqual({
      line: 12,
      column: 46,
      kind: 'exact',
    });
  });

  test('the prefix and suffix choose between two equal passages', () => {
    expect(locateQuote(source, { exact: 'Skoleeiere må sette av tid', prefix: 'lære. ', suffix: ' til kompetanse' })).toMatchObject({ line: 12, column: 32 });
    expect(locateQuote(source, { exact: 'Skoleeiere må sette av tid', prefix: 'perioden. ', suffix: ' til oppfølging' })).toMatchObject({
      line: 15,
      column: 1,
    });
  });

  test('finds a passage that was edited since, as a fuzzy match', () => {
    expect(locateQuote(source, { exact: 'Alle barn skal ha tilgang på gode læremidler', prefix: '', suffix: '.' })).toEqual({
      line: 8,
      column: 1,
      kind: 'fuzzy',
    });
  });

  test('finds a quote from the title in the frontmatter', () => {
    expect(locateQuote(source, { exact: 'digitale kompetansen', prefix: 'Styrke den ', suffix: '' })).toEqual({ line: 2, column: 19, kind: 'exact' });
  });

  test('a passage that is gone is an orphan', () => {
    expect(locateQuote(source, { exact: 'Denne setningen er strøket fra teksten.', prefix: '', suffix: '' })).toEqual({ line: 1, column: 1, kind: 'orphan' });
  });

  test('a comment without a quote is on the document, at the body', () => {
    expect(locateQuote(source, null)).toEqual({ line: 8, column: 1, kind: 'document' });
  });
});

describe('findQuote', () => {
  test('compares whitespace collapsed and returns offsets in the original text', () => {
    const text = 'én  to\n\ntre fire';
    const found = findQuote(text, { exact: 'to tre', prefix: '', suffix: '' });
    expect(found).toEqual({ start: 4, end: 11, kind: 'exact' });
    expect(text.slice(found!.start, found!.end)).toBe('to\n\ntre');
  });

  test('an empty quote finds nothing', () => {
    expect(findQuote('tekst', { exact: '  ', prefix: '', suffix: '' })).toBeUndefined();
  });
});
