/**
 * What each document page lists: its links in both directions, read from the model's graph, which is derived from
 * the relations the schema declares and has former ids resolved already.
 */
import type { UiLang } from '@strategi/i18n';
import { type AnyDoc, compareDocs, type Doc, type Edition } from '@strategi/model';
import { type DocumentKind, documentKinds, fieldLabel, type Relation, relations } from '@strategi/schema';

/** Documents whose body links to `doc`, less those the page already lists (each relation is shown once). */
export function linkedFrom(edition: Edition, doc: AnyDoc, shown: readonly (AnyDoc | undefined)[] = []): AnyDoc[] {
  const listed = new Set(shown);
  return edition.index.linkedFrom(doc).filter((other) => !listed.has(other));
}

/**
 * True when the body of `doc` already links to every one of `docs`: a list of them under the body would say it
 * twice (a focus area whose text lists its goals).
 */
export function allLinkedInBody(edition: Edition, doc: AnyDoc, docs: readonly AnyDoc[]): boolean {
  if (docs.length === 0) return false;
  const linked = new Set(edition.index.linksTo(doc));
  return docs.every((other) => linked.has(other));
}

/** One list of related documents on a document's page. */
export interface RelationList {
  /** The relations it shows (`measure.goals`); two pointing the same way with the same words are one list. */
  keys: string[];
  heading: string;
  docs: AnyDoc[];
  /** A field of the document itself (its goals), rather than documents pointing at it. */
  own: boolean;
  /** One document at most: shown as a fact above the text rather than as a list. */
  single: boolean;
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Every relation of a document's page, as the schema declares it with `ref()`: the document's own references under
 * the field's name («Mål»), then the documents pointing at it under the relation's inverse words («Tiltak for
 * målet»), or the other kind's plural where none are declared. Relations whose inverse words are the same (an
 * input's goals and measures, «Brukt i») are one list. `except` leaves out what the page shows in its own way.
 */
export function relationLists(edition: Edition, doc: AnyDoc, lang: UiLang, except: ReadonlySet<string> = new Set()): RelationList[] {
  const { index } = edition;
  const shown = (relation: Relation) => !except.has(relation.key);
  const own = relations
    .filter((relation) => relation.from === doc.kind && shown(relation))
    .map((relation) => ({
      keys: [relation.key],
      heading: capitalised(fieldLabel(relation.field.split('.').at(-1)!, lang) ?? relation.field),
      docs: [...index.targets<DocumentKind>(doc, relation.field)],
      own: true,
      single: !relation.many,
    }));
  const pointing = new Map<string, RelationList>();
  for (const relation of relations.filter((candidate) => candidate.to === doc.kind && shown(candidate))) {
    const heading = relation.inverse?.[lang] ?? capitalised(documentKinds[relation.from].words[lang].plural);
    const list = pointing.get(heading) ?? { keys: [], heading, docs: [], own: false, single: false };
    list.keys.push(relation.key);
    list.docs.push(...index.sources(doc, relation.key as `${DocumentKind}.${string}`));
    pointing.set(heading, list);
  }
  const merged = [...pointing.values()].map((list) => (list.keys.length > 1 ? { ...list, docs: [...new Set(list.docs)].sort(compareDocs) } : list));
  return [...own, ...merged];
}

export function focusAreaRelations(edition: Edition, area: Doc<'focusArea'>) {
  return { goals: edition.index.sources(area, 'goal.focusArea') };
}

export function goalRelations(edition: Edition, goal: Doc<'goal'>) {
  const { index } = edition;
  const focusArea = index.targets<'focusArea'>(goal, 'focusArea')[0];
  const parent = index.targets<'goal'>(goal, 'parent')[0];
  const subGoals = index.sources(goal, 'goal.parent');
  const measures = index.sources(goal, 'measure.goals');
  const inputs = index.targets<'input'>(goal, 'inputs');
  return { focusArea, parent, subGoals, measures, inputs, linkedFrom: linkedFrom(edition, goal, [focusArea, parent, ...subGoals, ...measures, ...inputs]) };
}

export function measureRelations(edition: Edition, measure: Doc<'measure'>) {
  const { index } = edition;
  const goals = index.targets<'goal'>(measure, 'goals');
  const actionPlan = index.targets<'actionPlan'>(measure, 'actionPlan')[0];
  const responsible = index.targets<'actor'>(measure, 'responsible');
  const partners = index.targets<'actor'>(measure, 'partners');
  const inputs = index.targets<'input'>(measure, 'inputs');
  return {
    goals,
    actionPlan,
    responsible,
    partners,
    inputs,
    linkedFrom: linkedFrom(edition, measure, [...goals, actionPlan, ...responsible, ...partners, ...inputs]),
  };
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

export function inputRelations(edition: Edition, input: Doc<'input'>) {
  const round = edition.index.targets<'inputRound'>(input, 'round')[0];
  const citedBy = citingsOf(edition, input);
  return { round, citedBy, linkedFrom: linkedFrom(edition, input, [round, ...citedBy]) };
}

export { citingsOf } from '@strategi/model';

import { citingsOf } from '@strategi/model';
