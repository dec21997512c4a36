/**
 * The text of a Markdown body as a reader sees it on the page, with the place in the source of every character,
 * so that a passage quoted from the rendered page can be found again in the file. Parsed with the model's one
 * Markdown parser, so the text is the one the site renders.
 */
import type { Nodes, Parents } from 'mdast';
import { splitFrontmatter } from '../parse/frontmatter.ts';
import { LineIndex } from '../parse/lines.ts';
import { parseMarkdown } from '../parse/markdown.ts';

export interface ReadableText {
  /** The visible text: inline content run together, blocks separated by a line break. */
  text: string;
  /** For each character of `text`, its offset in the Markdown source. */
  offsets: number[];
}

const phrasing = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'break',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
]);

/** The text with its frontmatter (fences included) turned into blank lines, so every offset stays where it was. */
function blankFrontmatter(markdown: string): string {
  const split = splitFrontmatter(markdown);
  if (split.kind !== 'closed') return markdown;
  return markdown.slice(0, split.bodyStart).replace(/[^\n]/g, ' ') + markdown.slice(split.bodyStart);
}

/** Visible text of `markdown` (a body, or a whole file with frontmatter: the frontmatter is not text). */
export function readableText(markdown: string): ReadableText {
  const tree = parseMarkdown(blankFrontmatter(markdown));
  const chars: string[] = [];
  const offsets: number[] = [];
  const push = (char: string, offset: number) => {
    chars.push(char);
    offsets.push(offset);
  };
  const endBlock = (offset: number) => {
    if (chars.length > 0 && chars[chars.length - 1] !== '\n') push('\n', offset);
  };
  // Walked without recursion: a body (an old version, one not yet validated) may nest deeper than the stack allows.
  const stack: ({ node: Nodes } | { blockEnd: number })[] = [{ node: tree }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('blockEnd' in item) {
      endBlock(item.blockEnd);
      continue;
    }
    const { node } = item;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'yaml') continue;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      if (node.type === 'code') endBlock(start);
      align(node.value, markdown, start, end, push);
      if (node.type === 'code') endBlock(end);
      continue;
    }
    if (node.type === 'break') {
      push('\n', start);
      continue;
    }
    if (!phrasing.has(node.type)) {
      endBlock(start);
      stack.push({ blockEnd: end });
    }
    if ('children' in node) {
      const children = (node as Parents).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes });
    }
  }
  return { text: chars.join(''), offsets };
}

/**
 * Gives each character of a node's value its offset in the source. Where the value is a plain slice of the
 * source (most text) the offsets follow it; where escapes, entities, backticks or a blockquote's markers sit in
 * between, each character is matched to the next equal one in the source.
 */
function align(value: string, source: string, start: number, end: number, push: (char: string, offset: number) => void) {
  const slice = source.slice(start, end);
  const at = slice.indexOf(value);
  if (at !== -1) {
    for (let i = 0; i < value.length; i++) push(value[i]!, start + at + i);
    return;
  }
  let cursor = start;
  for (const char of value) {
    const found = source.indexOf(char, cursor);
    const offset = found !== -1 && found < end ? found : cursor;
    push(char, offset);
    cursor = Math.min(end, offset + 1);
  }
}

/** 1-based line and column of an offset in a text (CRLF is one line break). */
export function placeInText(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text).place(offset);
}
