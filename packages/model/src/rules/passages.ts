import { createProblem, type Problem, suggest } from '@strategi/problems';
import { EXAMPLE_BODY, EXAMPLE_PASSAGE, exampleFields, isWholeExample } from '@strategi/schema';
import type { AnyDoc } from '../types.ts';
import { type LinkRule, placeOfField } from './context.ts';

/**
 * The `:::` blocks of a body: each is a passage marked `:::eksempel`, closed by a `:::` line and not empty, with
 * nothing after its name (a `[label]` would be shown as a paragraph, `{attributes}` not at all). A block of another
 * name renders as the text it is written as, so a misspelt mark would silently mark nothing.
 */
export const passagesWellFormed: LinkRule = (context) =>
  context.documents.flatMap((doc) =>
    doc.blocks.flatMap((block): Problem[] => {
      if (block.name !== EXAMPLE_PASSAGE) {
        return [createProblem('example/unknown-block', { name: block.name, suggestion: suggest(block.name, [EXAMPLE_PASSAGE]) }, doc.file, block)];
      }
      if (!block.closed) return [createProblem('example/unclosed-passage', { fence: fenceOf(doc, block.line) }, doc.file, block)];
      if (block.empty) return [createProblem('example/empty-passage', {}, doc.file, block)];
      const { label, attributes } = block.extras;
      if (label !== undefined || attributes.length) return [createProblem('example/passage-extras', { label, attributes }, doc.file, block)];
      return [];
    }),
  );

/** A text marked as an example as a whole (`example: true` or `body`) needs no passage marks as well. */
export const passagesNotMarkedTwice: LinkRule = (context) =>
  context.documents.flatMap((doc) => {
    const count = doc.blocks.filter((block) => block.name === EXAMPLE_PASSAGE).length;
    if (count === 0) return [];
    const whole = isWholeExample(doc.data);
    const body = exampleFields(doc.data).indexOf(EXAMPLE_BODY);
    if (!whole && body === -1) return [];
    return [createProblem('example/marked-twice', { whole, count }, doc.file, placeOfField(doc, whole ? 'example' : `example.${body}`))];
  });

/** The colons an opening line starts with (`:::` or more), which its closing line must repeat at least. */
function fenceOf(doc: AnyDoc, line: number): string {
  return /:{3,}/.exec(doc.body.split('\n')[line - doc.bodyLine] ?? '')?.[0] ?? ':::';
}
