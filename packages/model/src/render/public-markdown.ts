import { documentKinds } from '@strategi/schema';
import { toMdast } from 'hast-util-to-mdast';
import type { Root as MdastRoot, Nodes, Parent, PhrasingContent } from 'mdast';
import { phrasing } from 'mdast-util-phrasing';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { passageMarkdown, passageToMdast } from './example-passage.ts';
import { boundedMemo, placeholderHref, publicBody } from './sanitised-tree.ts';

const stringifier = unified().use(remarkGfm).use(passageMarkdown).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).freeze();

/** The mdast types whose children are phrasing content only (a heading is one line of text). */
const PHRASING_PARENTS = new Set(['heading', 'paragraph', 'tableCell', 'emphasis', 'strong', 'delete', 'link']);

/**
 * Keeps block content out of what may only hold text. Tag soup can put a code block or a list inside an unclosed
 * `<h1>` that the browser's parser then nests in it; written as Markdown, that block would break the heading's line
 * and its text (`<title>`) be read back as raw HTML. A code block there becomes inline code, anything else its
 * text, each on one line, as the heading shows it.
 */
function phrasingOnly(tree: MdastRoot): void {
  visit(tree, (node: Nodes) => {
    if (!PHRASING_PARENTS.has(node.type)) return;
    const parent = node as Parent;
    parent.children = parent.children.map((child): PhrasingContent => {
      if (phrasing(child)) return child;
      const value = (child.type === 'code' ? child.value : mdastToString(child)).replace(/\s+/g, ' ').trim();
      return child.type === 'code' ? { type: 'inlineCode', value } : { type: 'text', value };
    });
  });
}

/**
 * The Markdown of a body as it may be published: made back from the sanitised HTML tree, so it holds exactly
 * what the page shows. HTML comments, unused link definitions and raw HTML are gone (the text inside allowed
 * elements stays), references are inline links, and document links are written `tiltak:T-12` again (an unknown
 * scheme loses its target, as on the page). A passage marked `:::eksempel` stays a `:::eksempel` block.
 */
export const publicMarkdown: (markdown: string) => string = boundedMemo(50_000, (markdown) => {
  const { tree, targets } = publicBody(markdown);
  // A root in gives a root out (hast-util-to-mdast works on its own copy, so the shared tree stays as it was).
  const mdast = toMdast(tree, { handlers: { div: passageToMdast } }) as MdastRoot;
  phrasingOnly(mdast);
  visit(mdast, 'link', (node) => {
    const index = placeholderHref.exec(node.url)?.[1];
    if (index === undefined) return;
    const target = targets[Number(index)]!;
    node.url = `${documentKinds[target.kind].link}:${target.id}${target.fragment ? `#${target.fragment}` : ''}`;
  });
  return stringifier.stringify(mdast).trimEnd();
});
