/**
 * From bytes to text, for every reader of files people write: the content reader here (`decodeFile`) and the CLI's
 * spreadsheet import, which adds what only a CSV needs (UTF-16, workbooks, a Windows-1252 hint) on top of
 * `decodeUtf8`. Both point at a bad byte the same way, so the same file gets the same line and column from either.
 */
import { createProblem, type Place, type Problem } from '@strategi/problems';
import type { Limits } from '../limits.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 text (without its byte order mark, and whether it had one), or the first byte that makes it not text. */
export type Utf8Text = { ok: true; text: string; bom: boolean } | { ok: false; reason: 'nul' | 'invalid'; offset: number; place: Place };

/** Reads bytes as UTF-8: a NUL byte means binary, and any byte outside RFC 3629 UTF-8 is refused, not replaced. */
export function decodeUtf8(bytes: Uint8Array): Utf8Text {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'nul', offset: nul, place: placeOfByte(bytes, nul) };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, reason: 'invalid', offset, place: placeOfByte(bytes, offset) };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

export type Decoded = { ok: true; text: string; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Turns a content file's bytes into text, refusing what is not UTF-8 text within the limits.
 * A byte order mark is dropped with a warning; CRLF is kept (the parsers read it as a line ending).
 */
export function decodeFile(bytes: Uint8Array, file: string, limits: Limits): Decoded {
  if (bytes.length === 0) return { ok: false, problems: [createProblem('file/empty', {}, file)] };
  if (bytes.length > limits.maxFileBytes) {
    return { ok: false, problems: [createProblem('file/too-large', { size: bytes.length, limit: limits.maxFileBytes }, file)] };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const problem =
      decoded.reason === 'nul'
        ? createProblem('file/binary', {}, file, decoded.place)
        : createProblem('file/not-utf8', { offset: decoded.offset }, file, decoded.place);
    return { ok: false, problems: [problem] };
  }
  const { text } = decoded;
  const problems: Problem[] = decoded.bom ? [createProblem('file/bom', {}, file)] : [];
  if (text.trim() === '') return { ok: false, problems: [...problems, createProblem('file/empty', {}, file)] };
  const longLine = findLongLine(text, limits.maxLineLength);
  if (longLine) {
    problems.push(createProblem('file/line-too-long', { length: longLine.length, limit: limits.maxLineLength }, file, { line: longLine.line, column: 1 }));
    return { ok: false, problems };
  }
  return { ok: true, text, problems };
}

function findLongLine(text: string, limit: number): { line: number; length: number } | undefined {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    // LF, or a CR not followed by LF, ends a line; a CR before LF is part of the line ending.
    if (i === text.length || code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      const length = i - start - (code === 10 && text.charCodeAt(i - 1) === 13 ? 1 : 0);
      if (length > limit) return { line, length };
      line++;
      start = i + 1;
    }
  }
  return undefined;
}

/** Line and column (in characters) of a byte, so that an editor can jump to it in a file that is not text. */
function placeOfByte(bytes: Uint8Array, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // LF, or a CR not followed by LF, ends a line (as for the Markdown and CSV parsers).
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
