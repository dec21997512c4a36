/**
 * Finds a quoted passage again in the Markdown source: in the body's readable text to the character, else in a
 * frontmatter field, else nowhere (an orphan). The matching itself is `findQuote` (`quote.ts`), the same the page
 * script marks passages with.
 */
import { placeInText, readableText } from '@strategi/model/locate';
import { findQuote, type MatchKind } from './quote.ts';
import type { TextQuote } from './store/store.ts';

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
