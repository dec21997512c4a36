/**
 * A reviewer's suggested edit applied to a document's Markdown: the quoted passage is found again (exactly, as
 * `locateQuote` finds it), the change is cut into word-level edits, and each edit is mapped from the visible text
 * back to the source through the offsets `readableText` gives. Only what the reviewer changed is rewritten, so
 * emphasis and links around and inside the passage stay as they were; an edit that would cut through Markdown
 * syntax is refused rather than guessed at. Nothing is written here: the caller validates and writes.
 */
import { type ReadableText, readableText } from '@strategi/model/locate';
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
 * Words, punctuation marks and runs of whitespace. The page and the file wrap lines differently, so a run of
 * whitespace is as good as any other; but a line break the reviewer typed is a change of its own.
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

/** Plain spaces in the source, not a line break: removing one never joins two blocks. */
const plainSpace = (char: string | undefined) => char === ' ' || char === '\t';

/**
 * Where a change of the visible characters `from` to `to` into `text` goes in the source, or undefined when it
 * would cut through Markdown. Whitespace at the edges of a removed span may be a block's end or sit against
 * markup, so it stays; a removed word takes one plain space next to it instead, so no double space is left.
 */
function sourceRange(body: string, readable: ReadableText, from: number, to: number, text: string): SourceEdit | undefined {
  const { offsets } = readable;
  const visible = readable.text;
  const space = (i: number) => /\s/.test(visible[i] ?? '');
  const joined = (i: number) => i > 0 && offsets[i] === offsets[i - 1]! + 1;
  if (to === from) {
    // An insertion goes right after the word before it (inside its emphasis or link), or before the next word.
    const start = from > 0 && !space(from - 1) ? offsets[from - 1]! + 1 : offsets[from]!;
    return { start, end: start, text };
  }
  if (visible.slice(from, to).trim() === '') {
    // Only whitespace between two words of one paragraph (a space or a wrapped line) is changed; never a block's end.
    for (let i = from; i <= to; i++) if (!joined(i)) return undefined;
    return { start: offsets[from]!, end: offsets[to - 1]! + 1, text };
  }
  while (from < to && space(from)) from++;
  while (to > from && space(to - 1)) to--;
  if (to === from) return undefined;
  if (text === '') {
    if (space(to) && joined(to) && plainSpace(body[offsets[to]!])) to++;
    else if (space(from - 1) && joined(from) && plainSpace(body[offsets[from - 1]!])) from--;
  } else text = text.trim();
  // Every character replaced must sit next to the one before in the source: nothing of Markdown in between.
  for (let i = from; i < to; i++) {
    const char = visible[i]!;
    const inSource = body[offsets[i]!] ?? '';
    if (inSource !== char && !(/\s/.test(char) && /\s/.test(inSource))) return undefined;
    if (i > from && !joined(i)) return undefined;
  }
  return { start: offsets[from]!, end: offsets[to - 1]! + 1, text };
}

/**
 * Applies a suggestion to a document's body, or says why not. The passage must still be in the body as it was
 * quoted; the result is the new body and the edits made to it, for the caller to validate and write.
 */
export function applySuggestion(source: DocumentSource, suggestion: Suggestion): SuggestionResult {
  if (locateQuote(source, suggestion.quote).kind !== 'exact') return refuse('changed');
  const readable = readableText(source.body);
  const found = findQuote(readable.text, suggestion.quote);
  if (found?.kind !== 'exact') return refuse('in-field');
  const passage = readable.text.slice(found.start, found.end);
  if (squash(passage) === squash(suggestion.replacement)) return refuse('unchanged');

  const edits: SourceEdit[] = [];
  for (const edit of visibleEdits(passage, suggestion.replacement)) {
    if (/[\r\n]/.test(edit.text)) return refuse('line-break');
    const range = sourceRange(source.body, readable, found.start + edit.from, found.start + edit.to, edit.text);
    if (!range) return refuse('crosses-syntax');
    edits.push({ ...range, text: escapeInline(range.text) });
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
