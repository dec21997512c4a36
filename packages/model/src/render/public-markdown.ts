import { documentKinds } from '@strategi/schema';
import { toMdast } from 'hast-util-to-mdast';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { passageMarkdown, passageToMdast } from './example-passage.ts';
import { boundedMemo, placeholderHref, sanitisedBody } from './sanitised-tree.ts';

const stringifier = unified().use(remarkGfm).use(passageMarkdown).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).freeze();

/**
 * The Markdown of a body as it may be published: made back from the sanitised HTML tree, so it holds exactly
 * what the page shows. HTML comments, unused link definitions and raw HTML are gone (the text inside allowed
 * elements stays), references are inline links, and document links are written `tiltak:T-12` again (an unknown
 * scheme loses its target, as on the page). A passage marked `:::eksempel` stays a `:::eksempel` block.
 */
export const publicMarkdown: (markdown: string) => string = boundedMemo(50_000, (markdown) => {
  const { tree, targets } = sanitisedBody(markdown, 0);
  // A root in gives a root out.
  const mdast = toMdast(tree, { handlers: { div: passageToMdast } }) as MdastRoot;
  visit(mdast, 'link', (node) => {
    const index = placeholderHref.exec(node.url)?.[1];
    if (index === undefined) return;
    const target = targets[Number(index)]!;
    node.url = `${documentKinds[target.kind].link}:${target.id}${target.fragment ? `#${target.fragment}` : ''}`;
  });
  return stringifier.stringify(mdast).trimEnd();
});
