import type { Limits } from '../limits.ts';
import { decodeFile } from '../read/decode.ts';
import { type ParsedFile, parseFile } from './parse-file.ts';

/** Decodes and parses a file's bytes; problems carry no file name, so the result can be cached by hash. */
export function parseBytes(bytes: Uint8Array, limits: Limits): ParsedFile {
  const decoded = decodeFile(bytes, '', limits);
  const decodeProblems = decoded.problems.map(({ file: _file, ...rest }) => rest);
  const parsed: ParsedFile = decoded.ok
    ? parseFile(decoded.text, limits)
    : { data: undefined, keys: {}, values: {}, body: '', bodyLine: 1, links: [], stats: { words: 0, sentences: 0, longWords: 0 }, problems: [] };
  parsed.problems.unshift(...decodeProblems);
  return parsed;
}
