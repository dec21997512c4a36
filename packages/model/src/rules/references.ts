import { createProblem, type Problem, suggest } from '@strategi/problems';
import { type DocumentKind, documentKinds, relations } from '@strategi/schema';
import { idsInField } from '../graph.ts';
import type { AnyDoc } from '../types.ts';
import { type LinkRule, placeOfField, type RuleContext } from './context.ts';

/**
 * The problem for an id that does not name a document of `kind`, with the nearest id of that kind.
 * Ids in `besides` (the other ids of the same list) are never suggested: the author has them already.
 */
export function unknownReference(
  context: RuleContext,
  doc: Pick<AnyDoc, 'file'>,
  kind: DocumentKind,
  id: string,
  field: string,
  place: { line: number; column: number },
  besides: readonly string[] = [],
): Problem {
  const candidates = context.index.byKind[kind].map((candidate) => candidate.id).filter((candidate) => !besides.includes(candidate));
  return createProblem(documentKinds[kind].unknownRule, { id, field, suggestion: suggest(id, candidates) }, doc.file, place);
}

/**
 * Every id in a reference field resolves (directly or as a former id) to a document of the kind the schema says;
 * in a document that failed its shape check too, in the fields that are valid on their own.
 */
export const referencesResolve: LinkRule = (context) =>
  [...context.documents, ...context.partial].flatMap((doc) =>
    relations
      .filter((relation) => relation.from === doc.kind)
      .flatMap((relation) => {
        const entries = idsInField(doc, relation.field);
        return entries
          .filter(({ id }) => context.index.resolve(id)?.kind !== relation.to && !context.invalidIds.has(id))
          .map(({ id, path }) => {
            const besides = entries.map((entry) => entry.id).filter((other) => other !== id);
            return unknownReference(context, doc, relation.to, id, relation.field, placeOfField(doc, path), besides);
          });
      }),
  );
