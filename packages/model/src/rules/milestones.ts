import { createProblem, type Problem, suggest } from '@strategi/problems';
import type { Edition } from '../types.ts';
import { type LinkRule, placeOfField } from './context.ts';

const isLink = (evidence: string) => /^https?:\/\//.test(evidence);

/** Evidence that names a document must name one that exists. */
export const milestoneEvidenceResolves: LinkRule = (context) =>
  context.index.byKind.measure.flatMap((measure) =>
    measure.data.milestones.flatMap((milestone, i): Problem[] => {
      const evidence = milestone.evidence;
      if (evidence === undefined || isLink(evidence) || context.byId.has(evidence) || context.aliases.has(evidence)) return [];
      const suggestion = suggest(evidence, [...context.byId.keys()]);
      return [createProblem('milestone/unknown-evidence', { evidence, suggestion }, measure.file, placeOfField(measure, `milestones.${i}.evidence`))];
    }),
  );

/**
 * A measure is done only when it is shown: a «fullført» measure needs a milestone, and each of its milestones
 * evidence. Checked in the working draft only, since a released version cannot be changed to add it.
 */
export function doneWithoutEvidence(edition: Edition): Problem[] {
  return edition.index.byKind.measure.flatMap((measure): Problem[] => {
    if (measure.data.status !== 'fullført') return [];
    const missing = measure.data.milestones.filter((milestone) => milestone.evidence === undefined).map((milestone) => milestone.title);
    if (measure.data.milestones.length > 0 && missing.length === 0) return [];
    return [createProblem('milestone/done-without-evidence', { measure: measure.id, missing }, measure.file, placeOfField(measure, 'status'))];
  });
}
