import { createProblem } from '@strategi/problems';
import { type LinkRule, placeOfField } from './context.ts';

/** A measure names its action plan exactly when the plan lists the measure. */
export const actionPlansAgree: LinkRule = ({ index, byId }) => {
  const measureSide = index.byKind.measure
    .filter((measure) => {
      const plan = measure.data.actionPlan ? byId.get(measure.data.actionPlan) : undefined;
      return plan?.kind === 'actionPlan' && !plan.data.measures.includes(measure.id);
    })
    .map((measure) =>
      createProblem(
        'link/action-plan-mismatch',
        { measure: measure.id, plan: measure.data.actionPlan!, side: 'measure' },
        measure.file,
        placeOfField(measure, 'actionPlan'),
      ),
    );
  const planSide = index.byKind.actionPlan.flatMap((plan) =>
    plan.data.measures.flatMap((measureId, i) => {
      const measure = byId.get(measureId);
      if (measure?.kind !== 'measure' || measure.data.actionPlan === plan.id) return [];
      return [createProblem('link/action-plan-mismatch', { measure: measureId, plan: plan.id, side: 'plan' }, plan.file, placeOfField(plan, `measures.${i}`))];
    }),
  );
  return [...measureSide, ...planSide];
};
