import { describe, expect, test } from 'vitest';
import { decodeUtf8 } from '../../src/read/decode.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeUtf8', () => {
  test('drops a byte order mark and says it was there', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'blåbær'))).toEqual({ ok: true, text: 'blåbær', bom: true });
    expect(decodeUtf8(bytes('blåbær'))).toEqual({ ok: true, text: 'blåbær', bom: false });
  });

  test('a NUL byte is binary, at its line and column in characters', () => {
    expect(decodeUtf8(bytes('æøå\r\nab', [0], 'c'))).toEqual({ ok: false, reason: 'nul', offset: 10, place: { line: 2, column: 3 } });
  });

  test.each([
    ['a cut-off sequence', [0xc3], 2],
    ['a Windows-1252 ø', [0xf8], 2],
    ['an overlong form', [0xe0, 0x80, 0x80], 2],
    ['a surrogate', [0xed, 0xa0, 0x80], 2],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 2],
  ])('%s is not UTF-8, at its first byte', (_name, bad, column) => {
    expect(decodeUtf8(bytes('x\nå', bad, 'z'))).toEqual({ ok: false, reason: 'invalid', offset: 4, place: { line: 2, column } });
  });
});
