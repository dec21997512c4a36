/**
 * A quoted passage as the store keeps it: found again in the document's text with the review server's anchoring
 * (`@strategi/review/quote`), so the stored quote is the document's own words with the text around it and their
 * place. A quote typed by hand that is not in the text is kept as written, without a place.
 */
import type { TextQuote } from '@strategi/consultation';
import { findQuote } from '@strategi/review/quote';

const CONTEXT = 32;

export function anchorPassage(text: string, given: TextQuote): { quote: TextQuote; position: { start: number; end: number } | null } {
  const match = findQuote(text, given);
  if (!match) return { quote: { exact: given.exact.trim(), prefix: given.prefix.slice(-200), suffix: given.suffix.slice(0, 200) }, position: null };
  return {
    quote: {
      exact: text.slice(match.start, match.end),
      prefix: text.slice(Math.max(0, match.start - CONTEXT), match.start),
      suffix: text.slice(match.end, match.end + CONTEXT),
    },
    position: { start: match.start, end: match.end },
  };
}
