import { createProblem } from '@strategi/problems';
import { type LinkRule, placeOfField } from './context.ts';

/**
 * A plan's measures are the measures whose `actionPlan` names it. A plan that still lists them itself (older
 * content) is read, and the list reported as redundant, with the measures it names that do not say so.
 */
export const actionPlanListIsDerived: LinkRule = ({ index }) =>
  index.byKind.actionPlan.flatMap((plan) => {
    const listed = plan.data.measures;
    if (listed === undefined) return [];
    const derived = new Set(index.sources(plan, 'measure.actionPlan').flatMap((measure) => [measure.id, ...measure.data.aliases]));
    const missing = listed.filter((id) => !derived.has(id));
    return [createProblem('link/redundant-side', { plan: plan.id, listed, missing }, plan.file, placeOfField(plan, 'measures'))];
  });
