/**
 * Finds a quoted passage again in the Markdown source, as Hypothesis re-anchors a TextQuoteSelector: an exact
 * match first (the prefix and suffix choose between several), then an approximate one (Myers' bit-parallel
 * algorithm from `approx-string-match`, the library Hypothesis uses) when the text has been edited since, and
 * nothing — an orphan — when too little of the passage is left. Whitespace is compared collapsed, since the
 * page and the file break lines differently.
 */
import { placeInText, readableText } from '@strategi/model/locate';
import search from 'approx-string-match';
import type { TextQuote } from './store/store.ts';

export type MatchKind = 'exact' | 'fuzzy';

export interface TextMatch {
  start: number;
  end: number;
  kind: MatchKind;
}

/** Text with runs of whitespace collapsed to one space, and where each character came from. */
interface Collapsed {
  text: string;
  origin: number[];
}

function collapse(text: string): Collapsed {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      if (chars.length === 0 || chars[chars.length - 1] === ' ') continue;
      chars.push(' ');
    } else chars.push(char);
    origin.push(i);
  }
  return { text: chars.join(''), origin };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How many characters agree at the boundary: the prefix's end before `at`, or the suffix's start after it. */
function agreement(text: string, at: number, context: string, before: boolean): number {
  let count = 0;
  for (let i = 1; i <= context.length; i++) {
    const ours = before ? text[at - i] : text[at + i - 1];
    const theirs = before ? context[context.length - i] : context[i - 1];
    if (ours === undefined || ours !== theirs) break;
    count++;
  }
  return count;
}

/** The share of a quote that may differ for the passage still to count as found. */
export const MAX_ERROR_SHARE = 0.25;

/** Finds `quote` in `text`; offsets are into `text`. */
export function findQuote(text: string, quote: TextQuote): TextMatch | undefined {
  const exact = squash(quote.exact);
  if (exact === '') return undefined;
  const haystack = collapse(text);
  const prefix = squash(quote.prefix);
  const suffix = squash(quote.suffix);
  const score = (start: number, end: number, errors: number) =>
    agreement(haystack.text, start, prefix ? `${prefix} ` : '', true) + agreement(haystack.text, end, suffix ? ` ${suffix}` : '', false) - errors * 4;

  let best: { start: number; end: number; score: number; kind: MatchKind } | undefined;
  for (let at = haystack.text.indexOf(exact); at !== -1; at = haystack.text.indexOf(exact, at + 1)) {
    const candidate = { start: at, end: at + exact.length, score: score(at, at + exact.length, 0), kind: 'exact' as const };
    if (!best || candidate.score > best.score) best = candidate;
  }
  if (!best) {
    const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
    for (const match of maxErrors > 0 ? search(haystack.text, exact, maxErrors) : []) {
      const candidate = { start: match.start, end: match.end, score: score(match.start, match.end, match.errors), kind: 'fuzzy' as const };
      if (!best || candidate.score > best.score) best = candidate;
    }
  }
  if (!best || best.end <= best.start) return undefined;
  return { start: haystack.origin[best.start]!, end: haystack.origin[best.end - 1]! + 1, kind: best.kind };
}

/** A string field of a document's frontmatter (title, summary …) and where its value starts in the file. */
export interface SourceField {
  value: string;
  line: number;
  column: number;
}

/** What of a document a passage can be found in. */
export interface DocumentSource {
  /** The Markdown after the frontmatter, and the file line it starts on. */
  body: string;
  bodyLine: number;
  fields: SourceField[];
}

export interface SourcePlace {
  line: number;
  column: number;
  kind: MatchKind | 'document' | 'orphan';
}

/**
 * Where in the file a quoted passage is: in the body (to the character), else in a frontmatter field (the
 * title is on the page too). Without a quote the comment is on the document as a whole: the body's first line.
 */
export function locateQuote(source: DocumentSource, quote: TextQuote | null): SourcePlace {
  if (!quote) return { line: source.bodyLine, column: 1, kind: 'document' };
  const readable = readableText(source.body);
  const inBody = findQuote(readable.text, quote);
  if (inBody) {
    const place = placeInText(source.body, readable.offsets[inBody.start]!);
    return { line: source.bodyLine + place.line - 1, column: place.column, kind: inBody.kind };
  }
  for (const field of source.fields) {
    const found = findQuote(field.value, quote);
    if (found) {
      const singleLine = !field.value.includes('\n');
      return { line: field.line, column: singleLine ? field.column + found.start : field.column, kind: found.kind };
    }
  }
  return { line: 1, column: 1, kind: 'orphan' };
}
