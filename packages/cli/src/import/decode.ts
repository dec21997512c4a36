import { decodeUtf8 } from '@strategi/model/decode';
import { createProblem, type Problem } from '@strategi/problems';

export type DecodedCsv = { text: string } | { problem: Problem };

const windows1252 = new TextDecoder('windows-1252');

/**
 * A CSV file's bytes as text, or why they are not text this tool can read without guessing.
 *
 * UTF-8 (with or without a byte order mark) is read as is. UTF-16 with a byte order mark, which Excel writes as
 * «Unicode-tekst», is unambiguous and read too. Anything else is refused rather than guessed at: Windows-1252,
 * Latin-1 and Mac Roman put æ, ø and å on different bytes, and a wrong guess writes wrong letters without a word.
 * The message names the first bad byte and what it would be in Windows-1252, which is what Excel in Norway saves.
 * The UTF-8 reading itself, and where a bad byte is, are the model's (`decodeUtf8`), as for content files.
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
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { text: decoded.text };
  if (decoded.reason === 'nul') return { problem: createProblem('csv/binary', {}, shown, decoded.place) };
  const byte = bytes[decoded.offset]!;
  const guess = windows1252.decode(bytes.subarray(decoded.offset, decoded.offset + 1));
  const printable = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(guess);
  return { problem: createProblem('csv/not-utf8', { byte, guess: printable ? guess : undefined }, shown, decoded.place) };
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
