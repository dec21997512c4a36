import type { Nodes, Paragraph, Root } from 'mdast';

/**
 * How deeply a body nests: quotes in quotes, lists in lists, emphasis in emphasis, raw HTML elements in each
 * other. Everything that turns a body into a page walks its tree recursively (mdast-util-to-hast, rehype-raw, the
 * sanitiser, the stringifiers), so a tree deeper than the stack allows would stop every build. The validator refuses
 * a body deeper than `limits.maxNestingDepth`, and the renderer checks the same measure before it walks the tree.
 *
 * The depth of a node is the number of nodes above it (a paragraph at the top is 1, its text 2), plus the raw HTML
 * elements still open where it stands: the HTML parser nests what follows inside an unclosed `<div>`, and brings
 * unclosed `<b>`, `<i>` … back in the next paragraph, so elements are counted across the whole body in reading
 * order. The count errs on the deep side (an end tag closes its own element only, not those opened inside it).
 *
 * Every walk here is iterative: it must not need the stack it protects.
 */

/** How deep a body nests, and where it first goes deeper than the limit it was measured against. */
export interface Nesting {
  depth: number;
  /** Start of the first node deeper than the limit; undefined when none is (or it has no place). */
  over: { line: number; column: number } | undefined;
}

/** Elements that never hold anything, so never nest what follows. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** An element whose start tag closes an open one of these (a new `<p>` ends the paragraph before it). */
const CLOSES: Readonly<Record<string, readonly string[]>> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};

/** Comments, doctypes and CDATA hold no elements; then start and end tags. */
const TAG = /<!--(?:-?>|[\s\S]*?(?:-->|$))|<![^<>]*>?|<\/([a-zA-Z][^\s/<>]*)[^<>]*>?|<([a-zA-Z][^\s/<>]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/g;

/** Applies the tags of one piece of raw HTML to the stack of open elements. */
function applyHtml(open: string[], html: string): void {
  for (const match of html.matchAll(TAG)) {
    const [, end, start, rest = ''] = match;
    if (end) {
      // An end tag with nothing to close is ignored, as the HTML parser does.
      const at = open.lastIndexOf(end.toLowerCase());
      if (at !== -1) open.splice(at, 1);
    } else if (start) {
      const name = start.toLowerCase();
      if (VOID.has(name) || rest.trimEnd().endsWith('/')) continue;
      if (CLOSES[name]?.includes(open.at(-1) ?? '')) open.pop();
      open.push(name);
    }
  }
}

/** The depth of `tree`, counted as above, and the first place where it passes `limit`. */
export function nestingOf(tree: Root, limit: number): Nesting {
  const source = unparsed.get(tree);
  if (source !== undefined) return rawNestingOf(source, limit);
  const open: string[] = [];
  const deepest: Nesting = { depth: 0, over: undefined };
  // Children are pushed in reverse so that nodes come off the stack in reading order (raw HTML is order-sensitive).
  // A node a transform made (GFM's autolink literals) has no place of its own: it stands where its nearest placed
  // ancestor does.
  const stack: { node: Nodes; depth: number; at: Nesting['over'] }[] = [{ node: tree, depth: 0, at: tree.position?.start }];
  while (stack.length > 0) {
    const { node, depth, at: inherited } = stack.pop()!;
    const at = node.position?.start ?? inherited;
    if (node.type === 'html') applyHtml(open, node.value);
    const total = depth + open.length;
    if (total > limit && deepest.depth <= limit) deepest.over = at;
    deepest.depth = Math.max(deepest.depth, total);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: depth + 1, at });
  }
  return deepest;
}

/** Trees made by `unparsedTree`, with the text they stand for: their depth is that text's, not theirs. */
const unparsed = new WeakMap<Root, string>();

/** Whether `tree` is a stand-in made by `unparsedTree` rather than a parse. */
export const isUnparsed = (tree: Root): boolean => unparsed.has(tree);

/**
 * What the parser gives for a body `rawNestingOf` finds too deep to parse: a paragraph per line of its text (quote
 * markers taken off), which `nestingOf` measures as the body it stands for, so the validator refuses it and the
 * renderer shows this text.
 */
export function unparsedTree(text: string): Root {
  const children: Paragraph[] = [];
  let line = 0;
  // Each line with where it starts in the text, so that what reads the tree (readableText) maps it back.
  for (const { 0: whole, 1: markers = '', index } of text.matchAll(/( {0,3}(?:> {0,3})+)?([^\r\n]*)(?:\r\n|\r|\n|$)/g)) {
    line++;
    if (whole === '') break;
    const content = whole.replace(/[\r\n]+$/, '').slice(markers.length);
    const value = content.trim();
    if (value === '') continue;
    const column = markers.length + content.indexOf(value) + 1;
    const start = { line, column, offset: index + column - 1 };
    const end = { line, column: column + value.length, offset: start.offset + value.length };
    const position = { start, end };
    children.push({ type: 'paragraph', children: [{ type: 'text', value, position }], position });
  }
  const tree: Root = { type: 'root', children };
  unparsed.set(tree, text);
  return tree;
}

/** The text of a tree without walking it recursively: text, code and inline code, blocks on lines of their own. */
export function flatText(tree: Root): string {
  const parts: string[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
    else if (node.type === 'paragraph' || node.type === 'heading') parts.push('\n');
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts
    .join('')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

/**
 * A lower bound of how deeply `text` nests, read from the raw Markdown without parsing it, and a place where it
 * certainly passes `limit`. Parsing is what a hostile body makes slow: micromark matches emphasis markers in
 * quadratic time (2,500 nested pairs, 15 kB, take twenty seconds), so a body this measure already finds past the
 * limit is never parsed (see markdown.ts).
 *
 * It reads only lines whose meaning no line before them can change. Until a line with a backtick, tilde or `<`
 * there is no code fence and no HTML block, so a line that starts with at most three spaces and a `>` opens a quote
 * per marker. Until a line that could also start a code span, a link or its title (brackets, parentheses, quotes),
 * a line of only letters, digits, spaces and single `*` (or single `_`) is inline text in which each marker after a
 * space and before a letter opens, and each after a letter and before a space closes, matched as brackets (the
 * CommonMark delimiter rules, with nothing on the line to bend them). Other lines count as nothing, and the count is
 * of the nesting inside one line alone, so the real depth is at least this.
 */
export function rawNestingOf(text: string, limit: number): Nesting {
  const deepest: Nesting = { depth: 0, over: undefined };
  const lines = text.split(/\r\n|\r|\n/);
  let inlineKnown = true;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const found = quoteDepth(line, limit) ?? (inlineKnown ? emphasisDepth(line, limit) : undefined);
    if (found) {
      if (found.depth > limit && deepest.depth <= limit) deepest.over = { line: index + 1, column: found.overColumn };
      deepest.depth = Math.max(deepest.depth, found.depth);
    }
    // A code fence or an HTML block can start here and change what every line after it is.
    if (/[`~<]/.test(line)) break;
    // A code span, a link or a link's title can go on over the lines after this one.
    if (/[[\]()"']/.test(line)) inlineKnown = false;
  }
  return deepest;
}

interface LineDepth {
  depth: number;
  /** Where the first node deeper than the limit starts (1-based), when one is. */
  overColumn: number;
}

/** `>` markers at the start of a line, each a quote inside the one before: the nth starts a node n deep. */
function quoteDepth(line: string, limit: number): LineDepth | undefined {
  const markers = /^ {0,3}(?:> {0,3})+/.exec(line)?.[0];
  if (!markers) return undefined;
  const columns = [...markers.matchAll(/>/g)].map((match) => match.index + 1);
  return { depth: columns.length, overColumn: columns[limit] ?? 0 };
}

/** Emphasis nested in one line of plain words: the pair n deep holds text n + 2 deep (root, paragraph, pairs). */
function emphasisDepth(line: string, limit: number): LineDepth | undefined {
  const marker = line.includes('*') ? '*' : '_';
  if (!line.includes(marker) || (marker === '*' && line.includes('_')) || !/^ {0,3}[^ ]/.test(line) || !/^[\p{L}\p{N} *_]*$/u.test(line)) return undefined;
  const word = /[\p{L}\p{N}]/u;
  const open: number[] = [];
  const pairs: [number, number][] = [];
  for (let at = line.indexOf(marker); at !== -1; at = line.indexOf(marker, at + 1)) {
    const before = line[at - 1] ?? ' ';
    const after = line[at + 1] ?? ' ';
    if (before === ' ' && after === ' ') continue;
    if (before === ' ' && word.test(after)) open.push(at);
    else if (word.test(before) && after === ' ') {
      const opener = open.pop();
      if (opener !== undefined) pairs.push([opener, at]);
    } else return undefined;
  }
  // Matched as brackets, the pairs nest properly; an opener left unmatched is text and nests nothing.
  const edges = pairs
    .flatMap(([start, end]) => [
      { at: start, step: 1 },
      { at: end, step: -1 },
    ])
    .sort((a, b) => a.at - b.at);
  let level = 0;
  let deepest = 0;
  let overColumn = 0;
  for (const { at, step } of edges) {
    level += step;
    deepest = Math.max(deepest, level);
    // The text inside the pair `limit - 1` deep is the first node past the limit; it starts after the marker.
    if (step === 1 && level === limit - 1 && overColumn === 0) overColumn = at + 2;
  }
  return deepest === 0 ? undefined : { depth: deepest + 2, overColumn };
}
