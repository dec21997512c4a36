import { describe, expect, test } from 'vitest';
import { anchorQuote, placeQuote } from '../src/quote.ts';

describe('anchorQuote', () => {
  const text = 'Skolen skal velge verktøy. Barnehagen skal velge verktøy selv.';
  const quote = { exact: 'velge verktøy', prefix: 'Barnehagen skal ', suffix: ' selv.' };

  test('keeps the recorded position while it holds the passage', () => {
    expect(anchorQuote(text, quote, { start: 43, end: 56 })).toEqual({ start: 43, end: 56, kind: 'exact' });
  });

  test('finds the passage again by its context when the position no longer holds it', () => {
    expect(anchorQuote(`Innledning. ${text}`, quote, { start: 43, end: 56 })).toEqual({ start: 55, end: 68, kind: 'exact' });
    expect(anchorQuote(text, quote, null)).toEqual({ start: 43, end: 56, kind: 'exact' });
  });

  test('finds a passage the page breaks differently, and one edited since, as the source search does', () => {
    expect(anchorQuote('Vi skal velge\n  verktøy i år.', { exact: 'velge verktøy', prefix: '', suffix: '' })).toEqual({ start: 8, end: 23, kind: 'exact' });
    expect(anchorQuote('Vi skal velge verktøyene i år.', { exact: 'velge verktøy i år', prefix: '', suffix: '' }, { start: 8, end: 26 })).toMatchObject({
      start: 8,
      kind: 'fuzzy',
    });
  });
});

describe('placeQuote: the page’s «på plass», «flyttet» and «mistet stedet»', () => {
  const text = 'Skolen skal velge verktøy. Barnehagen skal velge verktøy selv.';
  const quote = { exact: 'velge verktøy', prefix: 'Barnehagen skal ', suffix: ' selv.' };

  test('in place where the recorded position holds the passage, or where it stands between its old neighbours', () => {
    expect(placeQuote(text, quote, { start: 43, end: 56 })).toEqual({ state: 'in-place', match: { start: 43, end: 56, kind: 'exact' } });
    expect(placeQuote(`Innledning. ${text}`, quote, { start: 43, end: 56 })).toEqual({ state: 'in-place', match: { start: 55, end: 68, kind: 'exact' } });
    expect(placeQuote(text, quote).state).toBe('in-place');
  });

  test('moved when found with other neighbours, or only approximately', () => {
    expect(placeQuote('Barnehagen skal nå velge verktøy i år.', quote, { start: 43, end: 56 })).toEqual({
      state: 'moved',
      match: { start: 19, end: 32, kind: 'exact' },
    });
    expect(placeQuote('Barnehagen skal velge verktøyene selv.', quote).state).toBe('moved');
  });

  test('lost when the passage is gone, with nothing to mark', () => {
    expect(placeQuote('Noe helt annet står her nå.', quote, { start: 43, end: 56 })).toEqual({ state: 'lost', match: undefined });
  });
});
