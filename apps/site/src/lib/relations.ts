/**
 * What each document page lists: its links in both directions, read from the model's graph, which is derived from
 * the relations the schema declares and has former ids resolved already.
 */
import type { AnyDoc, Doc, Edition } from '@strategi/model';

/** Documents whose body links to `doc`. */
export function linkedFrom(edition: Edition, doc: AnyDoc): AnyDoc[] {
  return edition.index.linkedFrom(doc);
}

export function focusAreaRelations(edition: Edition, area: Doc<'focusArea'>) {
  return { goals: edition.index.sources(area, 'goal.focusArea') };
}

export function goalRelations(edition: Edition, goal: Doc<'goal'>) {
  const { index } = edition;
  return {
    focusArea: index.targets<'focusArea'>(goal, 'focusArea')[0],
    parent: index.targets<'goal'>(goal, 'parent')[0],
    subGoals: index.sources(goal, 'goal.parent'),
    measures: index.sources(goal, 'measure.goals'),
    inputs: index.targets<'input'>(goal, 'inputs'),
    linkedFrom: linkedFrom(edition, goal),
  };
}

export function measureRelations(edition: Edition, measure: Doc<'measure'>) {
  const { index } = edition;
  return {
    goals: index.targets<'goal'>(measure, 'goals'),
    actionPlan: index.targets<'actionPlan'>(measure, 'actionPlan')[0],
    responsible: index.targets<'actor'>(measure, 'responsible'),
    partners: index.targets<'actor'>(measure, 'partners'),
    inputs: index.targets<'input'>(measure, 'inputs'),
    linkedFrom: linkedFrom(edition, measure),
  };
}

export function actionPlanRelations(edition: Edition, plan: Doc<'actionPlan'>) {
  return { measures: edition.index.sources(plan, 'measure.actionPlan') };
}

export function actorRelations(edition: Edition, actor: Doc<'actor'>) {
  const { index } = edition;
  return {
    responsibleFor: index.sources(actor, 'measure.responsible'),
    partnerIn: index.sources(actor, 'measure.partners'),
    rounds: index.sources(actor, 'inputRound.organisers'),
    owns: index.sources(actor, 'strategy.owners').length > 0,
  };
}

export function inputRoundRelations(edition: Edition, round: Doc<'inputRound'>) {
  return {
    inputs: edition.index.sources(round, 'input.round'),
    organisers: edition.index.targets<'actor'>(round, 'organisers'),
  };
}

export function inputRelations(edition: Edition, input: Doc<'input'>) {
  return {
    round: edition.index.targets<'inputRound'>(input, 'round')[0],
    citedBy: citingsOf(edition, input),
    linkedFrom: linkedFrom(edition, input),
  };
}

export { citingsOf } from '@strategi/model';

import { citingsOf } from '@strategi/model';
