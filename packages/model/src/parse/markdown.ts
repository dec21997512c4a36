import { EXAMPLE_PASSAGE } from '@strategi/schema';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { containerBlocks } from './passage-syntax.ts';

/**
 * The one Markdown parser of the project: CommonMark + GFM, and the `:::eksempel` block that marks an invented
 * passage (see passage-syntax.ts). It reads bodies only: the frontmatter is split off before (parse/frontmatter.ts),
 * so a body that starts with `---` lines is read as the Markdown it is, the same way here and when it is rendered.
 */
const processor = unified().use(remarkParse).use(remarkGfm).use(containerBlocks, { only: EXAMPLE_PASSAGE }).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** The same parser reading a block of any name, with where its fences are: what the checks of the blocks see. */
const anyBlock = unified().use(remarkParse).use(remarkGfm).use(containerBlocks, { verbose: true }).freeze();

/**
 * Every `:::name` block of a body, whatever its name, outermost first; a misspelt or unknown one is text to
 * `parseMarkdown`, so it is found here. Without a `:::` the body has none, and it is not read again.
 */
export function containerDirectives(text: string): ContainerDirective[] {
  if (!text.includes(':::')) return [];
  const found: ContainerDirective[] = [];
  visit(anyBlock.parse(text), 'containerDirective', (node) => {
    found.push(node);
  });
  return found;
}
