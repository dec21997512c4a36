/**
 * How many inline markers a paragraph holds, read from the raw Markdown before it is parsed. micromark matches
 * emphasis, links and code spans by looking back over the markers still open in a paragraph, so a paragraph of
 * thousands of them takes time that grows with their square (or faster, for brackets nested in brackets): «[a](»
 * × 60,000 takes minutes, «[» × 5,000 before «](b)» × 5,000 most of a minute. A paragraph with more than
 * `limits.maxMarkersPerParagraph` of them, or a body with more than `limits.maxMarkersPerBody` (many paragraphs
 * just under the first bound add up), is refused and not parsed, whatever the machine's load; the time limit of
 * the worker (parse/isolated.ts) stays as the last resort.
 *
 * A paragraph here is a run of lines between blank lines, or from a bullet item or a heading that starts a line
 * (at most three spaces in, after any quote markers: such a line always starts a block of its own, so a list of
 * links is not counted as one paragraph), and every `*`, `_`, `[`, `]`, `` ` `` and `<` in it is counted, escaped
 * or not, inside code or not: the count only errs on the high side, and it is linear in the text.
 */

/** The characters micromark may take as the start or end of emphasis, a link, an image, a code span or HTML. */
const MARKER = /[*_[\]`<]/g;

/**
 * A line that ends the paragraph before it and starts a new one: a bullet item with text, or a heading, after any
 * quote markers. Each quote marker's group ends at its `>`, so the spaces between markers belong to one place only:
 * written as `(?: {0,3}> ?)* {0,3}` the spaces could go to either side, and a line of 62 quote markers before a
 * plain word took exponential time to fail.
 */
const STARTS_BLOCK = /^(?: {0,3}>)*(?:(?<=>) )? {0,3}(?:[-+*][ \t]+\S|#{1,6}(?:[ \t]|$))/;

/** Where a body first has more markers than a bound allows: in one paragraph, or in all of them together. */
export interface TooManyMarkers {
  markers: number;
  limit: number;
  /** True when one paragraph has too many; false when the body has, and the place is the paragraph that passes it. */
  paragraph: boolean;
  /** Where the paragraph's first line starts (1-based). */
  line: number;
  column: number;
}

/**
 * The first paragraph of `text` with more than `perParagraph` markers, or the paragraph in which the body's count
 * passes `perBody`; undefined when neither bound is passed.
 */
export function tooManyMarkers(text: string, perParagraph: number, perBody: number): TooManyMarkers | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  let total = 0;
  let current = { markers: 0, line: 0, column: 0 };
  // A blank line after the last ends the last paragraph too.
  for (const [index, line] of [...lines, ''].entries()) {
    const blank = /^[ \t]*$/.test(line);
    if (blank || STARTS_BLOCK.test(line)) {
      if (current.markers > perParagraph) return { ...current, limit: perParagraph, paragraph: true };
      total += current.markers;
      if (total > perBody) return { ...current, markers: total, limit: perBody, paragraph: false };
      current = { markers: 0, line: 0, column: 0 };
      if (blank) continue;
    }
    if (current.line === 0) current = { markers: 0, line: index + 1, column: line.search(/[^ \t]/) + 1 };
    current.markers += line.match(MARKER)?.length ?? 0;
  }
  return undefined;
}
