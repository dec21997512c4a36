/**
 * A reviewer's suggested edit applied to a document's Markdown: the quoted passage is found again (exactly, as
 * `locateQuote` finds it), the change is cut into word-level edits, and each edit is mapped from the visible text
 * back to the source through the offsets `readableText` gives. Only what the reviewer changed is rewritten, so
 * emphasis and links around and inside the passage stay as they were; an edit that would cut through Markdown
 * syntax is refused rather than guessed at. Nothing is written here: the caller validates and writes.
 */
import { readableText } from '@strategi/model/locate';
import { diffArrays, diffWords } from 'diff';
import { type DocumentSource, locateQuote } from './locate.ts';
import { findQuote, type QuoteText } from './quote.ts';

/** A suggestion as the store keeps it: the passage it replaces and the text to put there. */
export interface Suggestion {
  quote: QuoteText;
  replacement: string;
}

/**
 * Why a suggestion cannot be applied: the passage is no longer there as quoted (`changed`), is only in a frontmatter
 * field (`in-field`), the change would cut through Markdown syntax (`crosses-syntax`) or add a line break
 * (`line-break`), the result would not read as the suggestion (`unsafe`), or nothing would change (`unchanged`).
 * The words for each are `@strategi/i18n`'s `suggestionRefusals`.
 */
export type SuggestionRefusal = 'changed' | 'in-field' | 'crosses-syntax' | 'line-break' | 'unsafe' | 'unchanged';

/** One replacement in the body's source: characters `start` to `end` become `text`. */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

export type SuggestionResult = { applied: true; body: string; edits: SourceEdit[] } | { applied: false; refusal: SuggestionRefusal };

const refuse = (refusal: SuggestionRefusal): SuggestionResult => ({ applied: false, refusal });

/**
 * Words, punctuation marks and runs of whitespace. The page and the file wrap lines differently, so a run of whitespace is as good as
 * any other; but a line break the reviewer typed is a change of its own.
 */
const tokens = (text: string) => text.match(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
const isSpace = (token: string) => /^\s/.test(token);
const sameToken = (passage: string, typed: string) => passage === typed || (isSpace(passage) && isSpace(typed) && !/[\r\n]/.test(typed));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Characters Markdown may read as syntax inside a paragraph, escaped so the reviewer's text stays text. */
const escapeInline = (text: string) => text.replace(/[\\`*_[\]<>|~]/g, '\\$&');

/** Edits in the visible text: characters `from` to `to` of the passage become `text`. */
function visibleEdits(passage: string, replacement: string): { from: number; to: number; text: string }[] {
  const old = tokens(passage);
  const edits: { from: number; to: number; text: string }[] = [];
  let index = 0;
  let at = 0;
  let open: { from: number; to: number; text: string } | undefined;
  for (const change of diffArrays(old, tokens(replacement), { comparator: sameToken })) {
    if (change.added) {
      open ??= { from: at, to: at, text: '' };
      open.text += change.value.join('');
      continue;
    }
    // Removed and kept tokens are counted in the passage (a kept run of whitespace carries the new text's value).
    const length = old.slice(index, index + change.count).join('').length;
    index += change.count;
    if (change.removed) {
      open ??= { from: at, to: at, text: '' };
      open.to += length;
    } else if (open) {
      edits.push(open);
      open = undefined;
    }
    at += length;
  }
  if (open) edits.push(open);
  return edits;
}

/**
 * Applies a suggestion to a document's body, or says why not. The passage must still be in the body as it was
 * quoted; the result is the new body and the edits made to it, for the caller to validate and write.
 */
export function applySuggestion(source: DocumentSource, suggestion: Suggestion): SuggestionResult {
  const place = locateQuote(source, suggestion.quote);
  if (place.kind !== 'exact') return refuse('changed');
  const readable = readableText(source.body);
  const found = findQuote(readable.text, suggestion.quote);
  if (found?.kind !== 'exact') return refuse('in-field');
  const passage = readable.text.slice(found.start, found.end);
  if (squash(passage) === squash(suggestion.replacement)) return refuse('unchanged');

  const edits: SourceEdit[] = [];
  for (const edit of visibleEdits(passage, suggestion.replacement)) {
    if (/[\r\n]/.test(edit.text)) return refuse('line-break');
    const from: number = found.start + edit.from;
    const to: number = found.start + edit.to;
    let start: number;
    let end: number;
    if (to > from) {
      // Every character replaced must sit next to the one before in the source: nothing of Markdown in between.
      for (let i: number = from; i < to; i++) {
        const offset = readable.offsets[i]!;
        const char = readable.text[i]!;
        if (source.body[offset] !== char && !(/\s/.test(char) && /\s/.test(source.body[offset] ?? ''))) return refuse('crosses-syntax');
        if (i > from && offset !== readable.offsets[i - 1]! + 1) return refuse('crosses-syntax');
      }
      start = readable.offsets[from]!;
      end = readable.offsets[to - 1]! + 1;
    } else {
      // An insertion goes right after the visible character before it, inside the same emphasis or link.
      start = from > 0 ? readable.offsets[from - 1]! + 1 : readable.offsets[from]!;
      end = start;
    }
    edits.push({ start, end, text: escapeInline(edit.text) });
  }

  let body = source.body;
  for (const edit of [...edits].reverse()) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  // The new body must read as the old one with the passage replaced, or the edit was not as harmless as it looked.
  const expected = readable.text.slice(0, found.start) + suggestion.replacement + readable.text.slice(found.end);
  if (squash(readableText(body).text) !== squash(expected)) return refuse('unsafe');
  return { applied: true, body, edits };
}

/** One part of a suggestion shown as a word-level change: kept, removed or added text. */
export interface SuggestionPart {
  value: string;
  added?: true;
  removed?: true;
}

/** The suggestion as a word-level change from the quoted passage, for the editor to show (`<del>`/`<ins>`). */
export function suggestionChange(suggestion: Suggestion): SuggestionPart[] {
  return diffWords(suggestion.quote.exact, suggestion.replacement).map((change) => ({
    value: change.value,
    ...(change.added ? { added: true as const } : {}),
    ...(change.removed ? { removed: true as const } : {}),
  }));
}
