import { showInvisible } from './invisible.ts';

/**
 * Where a document's frontmatter is. Only a line that is exactly `---` opens or closes it: nothing before the
 * dashes, nothing after them, not a fourth dash. A line ending (LF or CRLF; a lone CR was made an LF before) is
 * not part of the line, so `---` followed by CRLF is a fence, while `--- ` (a trailing space), `----`, ` ---`,
 * `---x` and `...` are not. Those near-fences are returned with a reason, so that a fence typed wrong is an error
 * at its line instead of the frontmatter silently ending early and the rest being published as body text.
 */
export type FrontmatterSplit =
  /** No exact `---` on line 1; `nearFence` is set when line 1 is a near-fence. */
  | { kind: 'none'; nearFences: NearFence[] }
  /** An exact `---` on line 1 and none after it. */
  | { kind: 'unclosed'; nearFences: NearFence[] }
  | {
      kind: 'closed';
      /** Offsets of the YAML between the fences: the start of line 2, the start of the closing fence's line. */
      yamlStart: number;
      yamlEnd: number;
      /** The line of the closing fence. */
      closeLine: number;
      /** Offset of the line after the closing fence; the text's length when there is none. */
      bodyStart: number;
      /** Near-fences between the two fences. */
      nearFences: NearFence[];
    };

/** A line that looks like a fence but is not one, with what is wrong with it in words. */
interface NearFence {
  offset: number;
  line: number;
  /** The line as shown in a message, invisible characters written out. */
  shown: string;
  end: number;
  reason: string;
}

interface Line {
  start: number;
  /** The line without its line ending. */
  text: string;
  /** Offset after the line ending. */
  next: number;
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    yield { start, text: content.endsWith('\r') ? content.slice(0, -1) : content, next: newline === -1 ? text.length : newline + 1 };
    start = end + 1;
  }
}

/** Finds the frontmatter fences of `text` (line ends LF or CRLF). */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const iterator = lines(text);
  const first = iterator.next();
  if (first.done || first.value.text !== '---') {
    const near = first.done ? undefined : nearFence(first.value, 1);
    return { kind: 'none', nearFences: near ? [near] : [] };
  }
  const nearFences: NearFence[] = [];
  let lineNumber = 1;
  for (const line of iterator) {
    lineNumber++;
    if (line.text === '---') {
      return { kind: 'closed', yamlStart: first.value.next, yamlEnd: line.start, closeLine: lineNumber, bodyStart: line.next, nearFences };
    }
    const near = nearFence(line, lineNumber);
    if (near) nearFences.push(near);
  }
  return { kind: 'unclosed', nearFences };
}

/** Blank in the sense of a fence: white space and the invisible characters that look like nothing. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;
const LEADING_BLANK = /^[\s\u200b-\u200d\u2060\ufeff]+/u;

/**
 * The near-fence on `line`, if it is one. A line that starts at its first column with three dashes or dots is one
 * (YAML itself reads `---` and `...` there as the start or end of a document). An indented line is one only when
 * it holds nothing but dashes or dots, so that a value's continuation such as `  --- og mer tekst` stays text.
 */
function nearFence(line: Line, lineNumber: number): NearFence | undefined {
  const reason = nearFenceReason(line.text);
  if (!reason) return undefined;
  return { offset: line.start, line: lineNumber, shown: showInvisible(line.text, 40), end: line.start + line.text.length, reason };
}

function nearFenceReason(text: string): string | undefined {
  if (text === '---') return undefined;
  const unindented = text.replace(LEADING_BLANK, '');
  const marks = /^(-{3,}|\.{3,})/.exec(unindented)?.[1];
  if (!marks) return undefined;
  const indent = text.slice(0, text.length - unindented.length);
  const rest = unindented.slice(marks.length);
  if (indent && !BLANK.test(rest)) return undefined;
  if (marks.startsWith('.')) return 'er punktum, ikke tre bindestreker';
  if (indent) return /^ +$/.test(indent) ? 'har mellomrom foran bindestrekene' : 'har usynlige tegn foran bindestrekene';
  if (marks.length > 3) return `har ${marks.length} bindestreker, ikke tre`;
  if (/^ +$/.test(rest)) return 'har mellomrom etter bindestrekene';
  if (BLANK.test(rest)) return 'har usynlige tegn etter bindestrekene';
  return 'har andre tegn etter bindestrekene';
}

/** Lines that may stand first in a body without being text: blank lines, and fence-like lines of dashes or dots. */
const SKIPPED = /^[\s\u200b-\u200d\u2060\ufeff]*(?:-{3,}|\.{3,})?[\s\u200b-\u200d\u2060\ufeff]*$/u;
/** A `key: value` line as YAML writes a field: a name starting with a small letter, a colon, a space or nothing. */
const FIELD_LINE = /^([a-z][A-Za-z0-9_-]*):(?:[ \t]|$)/;

/**
 * A frontmatter field that ended up first in the body: the first line of text after the frontmatter is
 * `key: value`, with `key` a field name of some kind, or followed by a second `key: value` line. (Blank lines and
 * lines of dashes, such as a second frontmatter block's fences, are passed over.) Prose starts with a capital
 * letter or is not two `key:` lines in a row, so it is not taken for a field.
 */
export function fieldInBody(text: string, bodyStart: number, fieldNames: ReadonlySet<string>): { offset: number; key: string } | undefined {
  const iterator = lines(text.slice(bodyStart));
  for (const line of iterator) {
    if (SKIPPED.test(line.text)) continue;
    const key = FIELD_LINE.exec(line.text)?.[1];
    if (!key) return undefined;
    if (fieldNames.has(key)) return { offset: bodyStart + line.start, key };
    const next = iterator.next();
    return !next.done && FIELD_LINE.test(next.value.text) ? { offset: bodyStart + line.start, key } : undefined;
  }
  return undefined;
}
