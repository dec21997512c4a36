import { limits } from '@strategi/model';
import { decodeFile } from '@strategi/model/decode';
import { describe, expect, test } from 'vitest';
import { decodeCsv } from '../src/import/decode.ts';

describe('decodeCsv and the content reader', () => {
  test('put a bad byte at the same line and column', () => {
    // The ø of «Tromsø» saved as Windows-1252 on the third line, after a CRLF line, a line with æ and an ø in UTF-8.
    const bytes = Uint8Array.from([...new TextEncoder().encode('id;navn\r\næ;x\r\n1;Bodø og Troms'), 0xf8, 0x0a]);
    const csv = decodeCsv(bytes, 'innspill.csv');
    const content = decodeFile(bytes, 'innhold.md', limits);
    expect('problem' in csv && { line: csv.problem.line, column: csv.problem.column }).toEqual({ line: 3, column: 16 });
    expect(content.problems.map((problem) => [problem.ruleId, problem.line, problem.column])).toEqual([['file/not-utf8', 3, 16]]);
    expect('problem' in csv && csv.problem.message).toContain('ø');
  });

  test('both drop a byte order mark; only the CSV reads UTF-16', () => {
    const utf8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a;b\n')]);
    expect(decodeCsv(utf8, 'x.csv')).toEqual({ text: 'a;b\n' });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x3b, 0, 0x62, 0]);
    expect(decodeCsv(utf16, 'x.csv')).toEqual({ text: 'a;b' });
  });
});
