/**
 * Finds a quoted passage again in a text, as Hypothesis re-anchors a TextQuoteSelector: an exact match first (the
 * prefix and suffix choose between several), then an approximate one (Myers' bit-parallel algorithm from
 * `approx-string-match`, the library Hypothesis uses) when the text has been edited since, and nothing when too
 * little of the passage is left. Whitespace is compared collapsed, since the page and the file break lines
 * differently. The one anchoring for both sides: the server finds a comment's line in the Markdown with it, and the
 * review server bundles it into the page script that marks the passage, so both agree on what a quote points at.
 * Nothing here may need Node.
 */
import search from 'approx-string-match';

/** What a TextQuoteSelector says: the passage and the text just before and after it. */
export interface QuoteText {
  exact: string;
  prefix: string;
  suffix: string;
}

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
export function findQuote(text: string, quote: QuoteText): TextMatch | undefined {
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

/** Offsets of a passage in a text, as a TextPositionSelector records them. */
export interface QuotePosition {
  start: number;
  end: number;
}

/**
 * Where a quote is in the page's text: the recorded position while it still holds the exact passage, else what
 * `findQuote` finds.
 */
export function anchorQuote(text: string, quote: QuoteText, position?: QuotePosition | null): TextMatch | undefined {
  if (position && position.end > position.start && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, kind: 'exact' };
  }
  return findQuote(text, quote);
}

/**
 * Whether a comment's passage is still where it was — the labels «på plass», «flyttet» and «mistet stedet» that
 * `strategi comments` gives against the source (`anchoring.ts`) and the page script gives against the page.
 */
export type AnchorState = 'in-place' | 'moved' | 'lost';

/** Whether the passage still stands between the text it had before and after it. */
export function inItsContext(text: string, quote: QuoteText): boolean {
  return squash(text).includes(squash(`${quote.prefix}${quote.exact}${quote.suffix}`));
}

/**
 * A quote anchored in a page's text and labelled: in place while the recorded position, or the passage between its
 * old neighbours, holds it; moved when found elsewhere or only approximately; lost when not found — and then there
 * is no match, so nothing that merely looks alike is marked.
 */
export function placeQuote(
  text: string,
  quote: QuoteText,
  position?: QuotePosition | null,
): { state: 'in-place' | 'moved'; match: TextMatch } | { state: 'lost'; match: undefined } {
  const match = anchorQuote(text, quote, position);
  if (!match) return { state: 'lost', match: undefined };
  const held = position && match.start === position.start && match.end === position.end;
  return { state: held || (match.kind === 'exact' && inItsContext(text, quote)) ? 'in-place' : 'moved', match };
}
