import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The one Markdown parser of the project: CommonMark + GFM + YAML frontmatter. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
