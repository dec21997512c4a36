import { describe, expect, test } from 'vitest';
import { csvCell, csvRow, csvText } from '../../src/export/csv.ts';

describe('csvCell neutralises spreadsheet formulas (OWASP CSV injection)', () => {
  test.each([
    ['=HYPERLINK("https://evil.example","klikk")', `"'=HYPERLINK(""https://evil.example"",""klikk"")"`],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', `"'\t=1"`],
    ['\n=1', `"'\n=1"`],
    ['\r=1', `"'\r=1"`],
    ['=1,2', `"'=1,2"`],
  ])('%j becomes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('a list is one cell joined with «;», neutralised as a whole and quoted for its «;»', () => {
    expect(csvCell(['=1', 'KD'])).toBe(`"'=1;KD"`);
    expect(csvCell(['KD', '=1'])).toBe('"KD;=1"');
  });

  test('text that merely contains a trigger character is left alone', () => {
    expect(csvCell('Tiltak 2023–2026 (KD + KS) = godt')).toBe('Tiltak 2023–2026 (KD + KS) = godt');
    expect(csvCell('a-b')).toBe('a-b');
  });

  test('leading and trailing whitespace is kept, quoted so that a reader that trims keeps it', () => {
    // A reader that trims would leave the formula first: neutralised too, the whitespace kept after the apostrophe.
    expect(csvCell(' =1')).toBe("' =1");
    expect(csvCell('  @SUM(A1)')).toBe("'  @SUM(A1)");
    expect(csvCell(' tekst')).toBe('" tekst"');
    expect(csvCell('tekst ')).toBe('"tekst "');
  });

  test('numbers the program writes are numbers, also negative ones', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(0.125)).toBe('0.125');
  });

  test('quotes, both separators, tabs and line breaks are quoted; nothing else is', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell('Sa «ja», så "nei"')).toBe('"Sa «ja», så ""nei"""');
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvCell('vanlig tekst')).toBe('vanlig tekst');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  test('csvRow joins cells with commas', () => {
    expect(csvRow(['T-1', '=1', 3, ['a', 'b']])).toBe(`T-1,'=1,3,"a;b"`);
    expect(csvRow(['a,b', 'c'], ';')).toBe('"a,b";c');
  });

  test('csvText ends every row, CRLF unless told, with a byte order mark when asked', () => {
    expect(
      csvText([
        ['id', 'title'],
        ['T-1', '=1'],
      ]),
    ).toBe("id,title\r\nT-1,'=1\r\n");
    expect(csvText([['a', 'b']], { separator: ';', lineEnd: '\n', bom: true })).toBe('\uFEFFa;b\n');
    expect(csvText([])).toBe('');
  });
});
