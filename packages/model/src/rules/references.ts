import { createProblem, type Problem, type RuleId, suggest } from '@strategi/problems';
import type { DocumentKind } from '@strategi/schema';
import type { AnyDoc } from '../types.ts';
import { type LinkRule, placeOfField, type RuleContext } from './context.ts';

export const unknownRuleFor: Record<DocumentKind, RuleId & `link/unknown-${string}`> = {
  strategy: 'link/unknown-strategy',
  focusArea: 'link/unknown-focus-area',
  goal: 'link/unknown-goal',
  measure: 'link/unknown-measure',
  actionPlan: 'link/unknown-action-plan',
  actor: 'link/unknown-actor',
  inputRound: 'link/unknown-input-round',
  input: 'link/unknown-input',
};

/** The ids a document's frontmatter points at, with the field they stand in and the kind they must be. */
export function referencesOf(doc: AnyDoc): { field: string; id: string; kind: DocumentKind }[] {
  const list = (field: string, ids: readonly string[], kind: DocumentKind) => ids.map((id, i) => ({ field: `${field}.${i}`, id, kind }));
  const one = (field: string, id: string | undefined, kind: DocumentKind) => (id === undefined ? [] : [{ field, id, kind }]);
  switch (doc.kind) {
    case 'strategy':
      return list('owners', doc.data.owners, 'actor');
    case 'goal':
      return [...one('focusArea', doc.data.focusArea, 'focusArea'), ...one('parent', doc.data.parent, 'goal'), ...list('inputs', doc.data.inputs, 'input')];
    case 'measure':
      return [
        ...list('goals', doc.data.goals, 'goal'),
        ...list('responsible', doc.data.responsible, 'actor'),
        ...list('partners', doc.data.partners, 'actor'),
        ...one('actionPlan', doc.data.actionPlan, 'actionPlan'),
        ...list('inputs', doc.data.inputs, 'input'),
      ];
    case 'actionPlan':
      return list('measures', doc.data.measures, 'measure');
    case 'inputRound':
      return list('organisers', doc.data.organisers, 'actor');
    case 'input':
      return one('round', doc.data.round, 'inputRound');
    default:
      return [];
  }
}

/**
 * The problem for an id that does not name a document of `kind`, with the nearest id of that kind.
 * Ids in `besides` (the other ids of the same list) are never suggested: the author has them already.
 */
export function unknownReference(
  context: RuleContext,
  doc: AnyDoc,
  kind: DocumentKind,
  id: string,
  field: string,
  place: { line: number; column: number },
  besides: readonly string[] = [],
): Problem {
  const candidates = context.index.byKind[kind].map((candidate) => candidate.id).filter((candidate) => !besides.includes(candidate));
  return createProblem(unknownRuleFor[kind], { id, field: field.replace(/\.\d+$/, ''), suggestion: suggest(id, candidates) }, doc.file, place);
}

/** Resolves an id or a former id (alias) to a document. */
export function resolve(context: RuleContext, id: string): AnyDoc | undefined {
  return context.byId.get(id) ?? context.aliases.get(id);
}

/** Every id in the frontmatter resolves to a document of the right kind. */
export const referencesResolve: LinkRule = (context) =>
  context.documents.flatMap((doc) => {
    const references = referencesOf(doc);
    const listOf = (field: string) => field.replace(/\.\d+$/, '');
    return references
      .filter(({ id, kind }) => resolve(context, id)?.kind !== kind && !context.invalidIds.has(id))
      .map(({ field, id, kind }) => {
        const besides = references.filter((other) => listOf(other.field) === listOf(field) && other.id !== id).map((other) => other.id);
        return unknownReference(context, doc, kind, id, field, placeOfField(doc, field), besides);
      });
  });
