import { randomUUID } from 'node:crypto';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseDocumentLink } from '../graph.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** A document link found in a body (`tiltak:T-12`), in the order of its placeholder number. */
export interface DocumentLinkTarget {
  scheme: string;
  id: string;
}

/** A body as the sanitised HTML tree every public output is made from, document links left as placeholders. */
export interface SanitisedBody {
  tree: HastRoot;
  targets: DocumentLinkTarget[];
}

/**
 * Markdown to sanitised HTML: raw HTML is parsed (rehype-raw, with the parse5 the model is installed with), then
 * everything goes through the allow-list. Every plugin is synchronous, so `runSync` serves every caller.
 */
const toSanitisedHast = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  // Raw HTML is parsed so that the sanitiser sees it as elements; see sanitize-schema.ts for what survives.
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .freeze();

/** A fragment link survives the sanitiser untouched, so it can stand in for a document link until it is resolved. */
export const PLACEHOLDER = `strategi-dokumentlenke-${randomUUID().slice(0, 8)}-`;
/** `#<placeholder><n>` as written into an `href`, with the number captured. */
export const placeholderHref = new RegExp(`^#${PLACEHOLDER}(\\d+)$`);

/**
 * Parses `markdown` with the project's one parser and sanitises it. Headings are shifted by `headingOffset`
 * (capped at h6); each document link becomes a numbered placeholder, its written title dropped because the
 * resolved document's title replaces it.
 */
export function sanitisedBody(markdown: string, headingOffset: number): SanitisedBody {
  const tree: MdastRoot = parseMarkdown(markdown);
  const targets: DocumentLinkTarget[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' && headingOffset) node.depth = Math.min(6, node.depth + headingOffset) as typeof node.depth;
    if (node.type === 'link' || node.type === 'definition') {
      const target = parseDocumentLink(node.url);
      if (!target) return;
      node.url = `#${PLACEHOLDER}${targets.length}`;
      node.title = null;
      targets.push(target);
    }
  });
  return { tree: toSanitisedHast.runSync(tree) as HastRoot, targets };
}

/** A map that forgets everything when it reaches `limit` entries, so that a huge corpus cannot grow it without end. */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
