import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseDocumentLink } from '../graph.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** Where a document link (`tiltak:T-12`) goes on the site, or undefined when it does not resolve. */
export type LinkResolver = (target: { scheme: string; id: string }) => { href: string; title?: string } | undefined;

export interface RenderOptions {
  resolveLink: LinkResolver;
  /** Shift headings so that a body's `#` sits under the page's own h1. Default 1 (`#` becomes h2). */
  headingOffset?: number;
}

const toHtml = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  // Raw HTML is parsed so that the sanitiser sees it as elements; see sanitize-schema.ts for what survives.
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();


/**
 * Renders a document body to safe HTML with the project's one Markdown parser: document links resolved
 * to site URLs, headings shifted under the page title, and everything sanitised against an allow-list.
 */
export async function renderBody(markdown: string, options: RenderOptions): Promise<string> {
  const tree: MdastRoot = parseMarkdown(markdown);
  const offset = options.headingOffset ?? 1;
  visit(tree, (node) => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + offset) as typeof node.depth;
    if (node.type === 'link' || node.type === 'definition') {
      const target = parseDocumentLink(node.url);
      if (!target) return;
      const resolved = options.resolveLink(target);
      node.url = resolved?.href ?? '';
      if (resolved?.title && node.type === 'link') node.title = resolved.title;
    }
  });
  const hast = await toHtml.run(tree);
  return toHtml.stringify(hast as HastRoot);
}

/** Plain text of a body, for descriptions and feeds. */
export async function bodyText(markdown: string): Promise<string> {
  const { toString } = await import('mdast-util-to-string');
  return toString(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();
}

export { sanitizeSchema };
