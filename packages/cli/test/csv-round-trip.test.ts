import { csvText } from '@strategi/model/csv';
import { describe, expect, test } from 'vitest';
import { commentsToCsv, type PlacedComment } from '../src/commands/comments.ts';
import { detectLayout } from '../src/import/delimiter.ts';
import { parseRecords } from '../src/import/parse-records.ts';

/** Hostile cells, and what a spreadsheet (and the project's own reader) must get back from each. */
const hostile: [string, string][] = [
  ['\t=1+1', "'\t=1+1"],
  [' =1', "' =1"],
  ['  -1', "'  -1"],
  ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ['+1', "'+1"],
  ['-1', "'-1"],
  ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
  ['\r=1', "'\r=1"],
  ['\n=1', "'\n=1"],
  ['a;b', 'a;b'],
  ['a,b', 'a,b'],
  ['a\tb', 'a\tb'],
  ['to\nlinjer', 'to\nlinjer'],
  ['to\r\nlinjer', 'to\r\nlinjer'],
  ['Sa "nei"', 'Sa "nei"'],
  ['slutter med mellomrom ', 'slutter med mellomrom '],
  ['vanlig tekst', 'vanlig tekst'],
];

/** Every record of a CSV text as the import commands read it: the separator found from the heading line. */
function readBack(text: string): string[][] {
  const parsed = parseRecords(text, detectLayout(text), 'test.csv');
  if ('problem' in parsed) throw new Error(parsed.problem.message);
  return parsed.records.map((record) => record.cells);
}

describe('every CSV the project writes reads back cell by cell, formulas neutralised', () => {
  test.each([',', ';'] as const)('csvText with «%s» between cells', (separator) => {
    const rows = hostile.map(([value], i) => [`R-${i}`, value, 'slutt']);
    const back = readBack(csvText([['id', 'tittel', 'hale'], ...rows], { separator }));
    expect(back[0]).toEqual(['id', 'tittel', 'hale']);
    expect(back.slice(1)).toEqual(hostile.map(([, expected], i) => [`R-${i}`, expected, 'slutt']));
  });

  test('a semicolon or tab in a comma file is quoted, so Excel set to Norwegian keeps the cell whole', () => {
    const text = csvText([
      ['id', 'tittel'],
      ['T-1', "a;=cmd|' /C calc'!A0"],
      ['T-2', 'a\t=1'],
    ]);
    expect(text).toBe(`id,tittel\r\nT-1,"a;=cmd|' /C calc'!A0"\r\nT-2,"a\t=1"\r\n`);
    // A file of semicolons keeps a comma in a cell quoted too: either separator may be the one a reader splits on.
    expect(csvText([['T-1', 'a,b']], { separator: ';' })).toBe('T-1;"a,b"\r\n');
  });

  test('strategi comments --format csv', () => {
    const comment = (id: number, text: string, reviewer: string): PlacedComment => ({
      id,
      file: 'content/tiltak/T-1.md',
      line: 3,
      column: 1,
      match: 'exact',
      document: 'T-1',
      edition: 'utkast',
      quote: text,
      comment: text,
      format: 'text',
      reviewer,
      created: '2026-12-01T10:00:00.000Z',
      resolved: null,
      anchor: 'på plass',
      round: null,
      organisation: null,
      disposition: null,
      suggestion: null,
      replies: [],
    });
    const placed = hostile.map(([value], i) => comment(i + 1, value, value));
    const back = readBack(commentsToCsv(placed));
    // The heading reads back as written; comments.test.ts pins its columns.
    expect(back[0]).toEqual(readBack(commentsToCsv([]))[0]);
    for (const [i, [, expected]] of hostile.entries()) {
      expect(back[i + 1]).toEqual([
        String(i + 1),
        'content/tiltak/T-1.md',
        '3',
        '1',
        'exact',
        'T-1',
        'utkast',
        expected,
        expected,
        expected,
        '2026-12-01T10:00:00.000Z',
        '',
        '',
        'på plass',
        '',
        '',
      ]);
    }
  });
});
