import { randomUUID } from 'node:crypto';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { classifyLink, type DocumentTarget } from '../links/document-link.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * Where a document link (`../tiltak/T-12.md#bakgrunn`, or the shorthand `tiltak:T-12`) goes on the site, or undefined
 * when it does not resolve. A `fragment` is a heading's slug; the rendered heading's id is `innhold-<slug>`.
 */
export type LinkResolver = (target: DocumentTarget) => { href: string; title?: string } | undefined;

export interface RenderOptions {
  resolveLink: LinkResolver;
  /** The rendered document's path inside its version (`tiltak/T-3.md`), for its relative links. Default: the top. */
  fromPath?: string;
  /** Shift headings so that a body's `#` sits under the page's own h1. Default 1 (`#` becomes h2). */
  headingOffset?: number;
}

/**
 * Puts the document's own id before each heading's slug (`T-3-bakgrunn`), so that headings of several documents on
 * one page (the whole document) never share an id. Links to `#bakgrunn` are written with the same prefix.
 */
function prefixHeadingIds() {
  return (tree: HastRoot, file: { data: Record<string, unknown> }) => {
    const prefix = file.data['headingIdPrefix'];
    if (typeof prefix !== 'string' || prefix === '') return;
    visit(tree, 'element', (node) => {
      if (/^h[1-6]$/.test(node.tagName) && typeof node.properties['id'] === 'string') node.properties['id'] = `${prefix}-${node.properties['id']}`;
    });
  };
}

/** The id a heading with slug `slug` gets in the body of the document at `path` (`tiltak/T-3.md` → `innhold-T-3-…`). */
export function headingId(path: string, slug: string): string {
  return `innhold-${headingIdPrefix(path)}-${slug}`;
}

const headingIdPrefix = (path: string) => path.split('/').at(-1)!.replace(/\.md$/i, '');

const toHtml = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  // Raw HTML is parsed so that the sanitiser sees it as elements; see sanitize-schema.ts for what survives.
  .use(rehypeRaw)
  // Headings get the slug a link's `#…` names (the validator checks it against the same slugs); the sanitiser
  // prefixes it with `innhold-` so that it cannot clobber the page's own ids.
  .use(rehypeSlug)
  .use(prefixHeadingIds)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/** A body rendered once, with each document link left as a numbered placeholder to resolve per page. */
interface RenderedBody {
  html: string;
  targets: DocumentTarget[];
}

/**
 * Bodies already rendered, by heading offset and text. The same body appears on its own page, on the whole-document
 * page and in every version that did not change it; the Markdown is parsed and sanitised once, and only the links
 * (which depend on the page) are filled in each time. Bounded so that a huge corpus cannot grow it without end.
 */
const rendered = new Map<string, RenderedBody>();
const MAX_RENDERED = 50_000;
/** A fragment link survives the sanitiser untouched, so it can stand in for a document link until it is resolved. */
const PLACEHOLDER = `strategi-dokumentlenke-${randomUUID().slice(0, 8)}-`;

async function renderOnce(markdown: string, headingOffset: number, fromPath: string): Promise<RenderedBody> {
  const key = `${headingOffset}\u0000${fromPath}\u0000${markdown}`;
  const cached = rendered.get(key);
  if (cached) return cached;
  const tree: MdastRoot = parseMarkdown(markdown);
  const targets: RenderedBody['targets'] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + headingOffset) as typeof node.depth;
    if (node.type === 'link' || node.type === 'definition') {
      const link = classifyLink(node.url, fromPath);
      if (link.type !== 'document') return;
      const target = link.target;
      node.url = `#${PLACEHOLDER}${targets.length}`;
      // The resolved document's title replaces any title written in the link.
      node.title = null;
      targets.push(target);
    }
  });
  const hast = await toHtml.run(tree, { data: { headingIdPrefix: fromPath ? headingIdPrefix(fromPath) : '' } });
  const result = { html: toHtml.stringify(hast as HastRoot), targets };
  if (rendered.size >= MAX_RENDERED) rendered.clear();
  rendered.set(key, result);
  return result;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;').replace(/</g, '&#x3C;');

/**
 * Renders a document body to safe HTML with the project's one Markdown parser: document links resolved
 * to site URLs, headings shifted under the page title, and everything sanitised against an allow-list.
 */
export async function renderBody(markdown: string, options: RenderOptions): Promise<string> {
  const { html, targets } = await renderOnce(markdown, options.headingOffset ?? 1, options.fromPath ?? '');
  if (targets.length === 0) return html;
  return html.replace(new RegExp(`href="#${PLACEHOLDER}(\\d+)"`, 'g'), (_, index: string) => {
    const resolved = options.resolveLink(targets[Number(index)]!);
    if (!resolved) return 'href=""';
    return `href="${escapeAttribute(resolved.href)}"${resolved.title ? ` title="${escapeAttribute(resolved.title)}"` : ''}`;
  });
}

/** Plain text of a body, for descriptions and feeds. */
export async function bodyText(markdown: string): Promise<string> {
  const { toString: mdastToString } = await import('mdast-util-to-string');
  return mdastToString(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();
}

export { sanitizeSchema };
