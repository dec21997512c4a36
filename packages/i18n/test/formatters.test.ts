import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatList, formatMoment, formatNumber, formatPercent } from '../src/index.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Intl formatters', () => {
  // A list page formats the actors of every row: making a formatter per call was 2 % of a cold site build.
  test('each formatter is made once per language, however many values it formats', () => {
    const lists = vi.spyOn(Intl, 'ListFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    for (let i = 0; i < 50; i++) {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        formatList(lang, ['A', 'B', String(i)]);
        formatNumber(lang, 1000 + i);
        formatPercent(lang, i / 50);
        formatMoment(lang, '2027-01-15T10:00+01:00');
      }
    }
    // Numbers and percentages are two formatters per language.
    expect([lists.mock.calls.length, numbers.mock.calls.length, dates.mock.calls.length]).toEqual([3, 6, 3]);
  });

  test('the same formatter gives the same text on every call', () => {
    expect([formatList('nb', ['A', 'B', 'C']), formatList('nb', ['A', 'B'])]).toEqual(['A, B og C', 'A og B']);
    expect([formatList('nn', ['A', 'B']), formatList('en', ['A', 'B', 'C'])]).toEqual(['A og B', 'A, B and C']);
    expect([formatNumber('nb', 1234), formatNumber('en', 1234)]).toEqual(['1\u00a0234', '1,234']);
    expect([formatPercent('nb', 0.67), formatPercent('en', 0.67)]).toEqual(['67\u00a0%', '67%']);
  });
});
