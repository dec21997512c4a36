/**
 * A document's Markdown body as the page shows it: rendered with remark and cleaned by rehype-sanitize's default
 * schema (GitHub's), so a body with HTML or script in it shows as text, never runs. The plain text is what a
 * quoted passage is anchored in, as the review server anchors in the page's text.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export interface RenderedBody {
  html: string;
  text: string;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize);
const stringifier = unified().use(rehypeStringify);

/** The little of a hast node this module reads. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const textOf = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

export function renderBody(markdown: string): RenderedBody {
  const tree = processor.runSync(processor.parse(markdown));
  return { html: stringifier.stringify(tree), text: textOf(tree as Node) };
}
