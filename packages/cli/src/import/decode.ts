import { createProblem, type Place, type Problem } from '@strategi/problems';

export type DecodedCsv = { text: string } | { problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * A CSV file's bytes as text, or why they are not text this tool can read without guessing.
 *
 * UTF-8 (with or without a byte order mark) is read as is. UTF-16 with a byte order mark, which Excel writes as
 * «Unicode-tekst», is unambiguous and read too. Anything else is refused rather than guessed at: Windows-1252,
 * Latin-1 and Mac Roman put æ, ø and å on different bytes, and a wrong guess writes wrong letters without a word.
 * The message names the first bad byte and what it would be in Windows-1252, which is what Excel in Norway saves.
 */
export function decodeCsv(bytes: Uint8Array, shown: string): DecodedCsv {
  if (bytes.length === 0) return { problem: createProblem('csv/empty', {}, shown) };
  const workbook = workbookFormat(bytes);
  if (workbook) return { problem: createProblem('csv/workbook', { format: workbook }, shown) };
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { problem: createProblem('csv/invalid-utf16', {}, shown) };
    }
    return text.includes('\u0000') ? { problem: createProblem('csv/binary', {}, shown) } : { text };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problem: createProblem('csv/binary', {}, shown, placeOfByte(bytes, nul)) };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const byte = bytes[offset]!;
    const guess = windows1252.decode(bytes.subarray(offset, offset + 1));
    const printable = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(guess);
    return { problem: createProblem('csv/not-utf8', { byte, guess: printable ? guess : undefined }, shown, placeOfByte(bytes, offset)) };
  }
}

/** A spreadsheet saved in its own format instead of CSV: a zip (.xlsx, .ods) or an old Office file (.xls). */
function workbookFormat(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'en arbeidsbok (.xlsx eller .ods)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'en eldre Excel-arbeidsbok (.xls)';
  return undefined;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Line and column (in characters) of a byte, so that an editor can jump to it. */
function placeOfByte(bytes: Uint8Array, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // LF, or a CR not followed by LF, ends a line (as for the CSV parser).
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let following: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) following = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      following = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      following = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= following; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += following + 1;
  }
  return i;
}
