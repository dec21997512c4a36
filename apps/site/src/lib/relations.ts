/**
 * What each document page lists: its links in both directions, read from the model's precomputed index.
 * References may use a former id; they resolve to the document that carries it now.
 */
import type { AnyDoc, Doc, Edition } from '@strategi/model';
import type { DocumentKind } from '@strategi/schema';
import { findDoc } from './urls.ts';

function resolveAll<K extends DocumentKind>(edition: Edition, ids: readonly string[], kind: K): Doc<K>[] {
  const found: Doc<K>[] = [];
  for (const id of ids) {
    const doc = findDoc(edition, id);
    if (doc?.kind === kind && !found.includes(doc as Doc<K>)) found.push(doc as Doc<K>);
  }
  return found;
}

const one = <K extends DocumentKind>(edition: Edition, id: string | undefined, kind: K) => (id === undefined ? undefined : resolveAll(edition, [id], kind)[0]);

/** Documents whose body links to `doc` (by its id or a former id), without itself. */
export function linkedFrom(edition: Edition, doc: AnyDoc): AnyDoc[] {
  const sources = [doc.id, ...doc.data.aliases].flatMap((id) => edition.index.linkedFrom.get(id) ?? []);
  return [...new Set(sources)].filter((source) => source !== doc);
}

export function focusAreaRelations(edition: Edition, area: Doc<'focusArea'>) {
  return { goals: edition.index.goalsByFocusArea.get(area.id) ?? [] };
}

export function goalRelations(edition: Edition, goal: Doc<'goal'>) {
  return {
    focusArea: one(edition, goal.data.focusArea, 'focusArea'),
    parent: one(edition, goal.data.parent, 'goal'),
    subGoals: edition.index.byKind.goal.filter((other) => other.data.parent !== undefined && findDoc(edition, other.data.parent) === goal),
    measures: [goal.id, ...goal.data.aliases].flatMap((id) => edition.index.measuresByGoal.get(id) ?? []).filter((m, i, all) => all.indexOf(m) === i),
    inputs: resolveAll(edition, goal.data.inputs, 'input'),
    linkedFrom: linkedFrom(edition, goal),
  };
}

export function measureRelations(edition: Edition, measure: Doc<'measure'>) {
  const plans = edition.index.byKind.actionPlan.filter((plan) => (edition.index.measuresByActionPlan.get(plan.id) ?? []).includes(measure));
  return {
    goals: resolveAll(edition, measure.data.goals, 'goal'),
    actionPlan: one(edition, measure.data.actionPlan, 'actionPlan') ?? plans[0],
    responsible: resolveAll(edition, measure.data.responsible, 'actor'),
    partners: resolveAll(edition, measure.data.partners, 'actor'),
    inputs: resolveAll(edition, measure.data.inputs, 'input'),
    linkedFrom: linkedFrom(edition, measure),
  };
}

export function actionPlanRelations(edition: Edition, plan: Doc<'actionPlan'>) {
  return { measures: edition.index.measuresByActionPlan.get(plan.id) ?? [] };
}

export function actorRelations(edition: Edition, actor: Doc<'actor'>) {
  const ids = new Set([actor.id, ...actor.data.aliases]);
  const measures = edition.index.byKind.measure;
  return {
    responsibleFor: measures.filter((measure) => measure.data.responsible.some((id) => ids.has(id))),
    partnerIn: measures.filter((measure) => measure.data.partners.some((id) => ids.has(id))),
    rounds: edition.index.byKind.inputRound.filter((round) => round.data.organisers.some((id) => ids.has(id))),
    owns: edition.index.strategy?.data.owners.some((id) => ids.has(id)) ?? false,
  };
}

export function inputRoundRelations(edition: Edition, round: Doc<'inputRound'>) {
  return {
    inputs: edition.index.inputsByRound.get(round.id) ?? [],
    organisers: resolveAll(edition, round.data.organisers, 'actor'),
  };
}

export function inputRelations(edition: Edition, input: Doc<'input'>) {
  const citing = [input.id, ...input.data.aliases].flatMap((id) => edition.index.citingsByInput.get(id) ?? []);
  return {
    round: one(edition, input.data.round, 'inputRound'),
    citedBy: [...new Set(citing)],
    linkedFrom: linkedFrom(edition, input),
  };
}
