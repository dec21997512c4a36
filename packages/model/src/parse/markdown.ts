import { EXAMPLE_PASSAGE } from '@strategi/schema';
import type { Nodes, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { limits } from '../limits.ts';
import { tooManyMarkers } from './markers.ts';
import { nestingOf, rawNestingOf, unparsedTree } from './nesting.ts';
import { containerBlocks } from './passage-syntax.ts';

/**
 * The transforms GFM runs over a finished tree (finding autolink literals) walk it recursively, and a body nested
 * thousands deep runs them out of stack — as a RangeError, or a SyntaxError from a regular expression compiled on
 * an exhausted stack. They are taken out of the parser and run only on a tree within the nesting limit; a deeper
 * body is refused by the validator and shown as plain text by the renderer, so it never needs them.
 */
type Transform = (tree: Root) => Root | undefined;
type FromMarkdownExtension = { transforms?: Transform[] | null | undefined };

function deferTreeTransforms(transforms: Transform[]) {
  return function (this: Processor) {
    const data = this.data();
    const strip = (extension: FromMarkdownExtension): FromMarkdownExtension => {
      const { transforms: own, ...rest } = extension;
      if (own) transforms.push(...own);
      return rest;
    };
    const extensions = (data.fromMarkdownExtensions ?? []) as (FromMarkdownExtension | FromMarkdownExtension[])[];
    data.fromMarkdownExtensions = extensions.map((extension) =>
      Array.isArray(extension) ? extension.map(strip) : strip(extension),
    ) as typeof data.fromMarkdownExtensions;
  };
}

function parserWith(options: Parameters<typeof containerBlocks>[0]) {
  const transforms: Transform[] = [];
  const parser = unified().use(remarkParse).use(remarkGfm).use(containerBlocks, options).use(deferTreeTransforms(transforms)).freeze();
  return (text: string): Root => {
    // Parsing a body nested far past the limit can take minutes (emphasis is matched in quadratic time); one that
    // is found past it without parsing is not parsed.
    if (rawNestingOf(text, limits.maxNestingDepth).depth > limits.maxNestingDepth) return unparsedTree(text);
    // So can a paragraph crowded with markers: one with more than the bounds allow (see markers.ts) is not parsed.
    if (tooManyMarkers(text, limits.maxMarkersPerParagraph, limits.maxMarkersPerBody)) return unparsedTree(text);
    let tree = parser.parse(text);
    if (nestingOf(tree, limits.maxNestingDepth).depth > limits.maxNestingDepth) return tree;
    for (const transform of transforms) tree = transform(tree) ?? tree;
    return tree;
  };
}

/**
 * The one Markdown parser of the project: CommonMark + GFM, and the `:::eksempel` block that marks an invented
 * passage (see passage-syntax.ts). It reads bodies only: the frontmatter is split off before (parse/frontmatter.ts),
 * so a body that starts with `---` lines is read as the Markdown it is, the same way here and when it is rendered.
 */
export const parseMarkdown: (text: string) => Root = parserWith({ only: EXAMPLE_PASSAGE });

/** The same parser reading a block of any name, with where its fences are: what the checks of the blocks see. */
const anyBlock = parserWith({ verbose: true });

/**
 * Every `:::name` block of a body, whatever its name, outermost first; a misspelt or unknown one is text to
 * `parseMarkdown`, so it is found here. Without a `:::` the body has none, and it is not read again.
 */
export function containerDirectives(text: string): ContainerDirective[] {
  if (!text.includes(':::')) return [];
  const found: ContainerDirective[] = [];
  // Walked without recursion: the body may be nested deeper than the stack allows.
  const stack: Nodes[] = [anyBlock(text)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'containerDirective') found.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}
