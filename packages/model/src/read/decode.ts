import { createProblem, type Problem } from '@strategi/problems';
import type { Limits } from '../limits.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Decoded = { ok: true; text: string; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Turns a file's bytes into text, refusing what is not UTF-8 text within the limits.
 * A byte order mark is dropped with a warning; CRLF is kept (the parsers read it as a line ending).
 */
export function decodeFile(bytes: Uint8Array, file: string, limits: Limits): Decoded {
  if (bytes.length === 0) return { ok: false, problems: [createProblem('file/empty', {}, file)] };
  if (bytes.length > limits.maxFileBytes) {
    return { ok: false, problems: [createProblem('file/too-large', { size: bytes.length, limit: limits.maxFileBytes }, file)] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problems: [createProblem('file/binary', {}, file, placeOfByte(bytes, nul))] };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, problems: [createProblem('file/not-utf8', { offset }, file, placeOfByte(bytes, offset))] };
  }
  const problems: Problem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    problems.push(createProblem('file/bom', {}, file));
  }
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

/** Line and column of a byte; for pointing at a bad byte in a file that is not text. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // LF, or a CR not followed by LF, ends a line (as for the parsers).
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
