import type { Nodes, Root } from 'mdast';

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
  const open: string[] = [];
  const deepest: Nesting = { depth: 0, over: undefined };
  // Children are pushed in reverse so that nodes come off the stack in reading order (raw HTML is order-sensitive).
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node.type === 'html') applyHtml(open, node.value);
    const total = depth + open.length;
    if (total > limit && deepest.depth <= limit) deepest.over = node.position?.start;
    deepest.depth = Math.max(deepest.depth, total);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: depth + 1 });
  }
  return deepest;
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
