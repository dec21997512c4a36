import { Document, isScalar, isSeq, visit } from 'yaml';

/**
 * Frontmatter as the content is written by hand: lists of ids on one line (`goals: [M-1, M-3]`),
 * nested objects as blocks, long lines never folded.
 */
export function toFrontmatter(data: Record<string, unknown>): string {
  const document = new Document(data);
  visit(document, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
