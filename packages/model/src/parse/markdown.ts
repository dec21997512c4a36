import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The one Markdown parser of the project: CommonMark + GFM. It reads bodies only: the frontmatter is split off
 * before (parse/frontmatter.ts), so a body that starts with `---` lines is read as the Markdown it is, the same way
 * here and when it is rendered.
 */
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
