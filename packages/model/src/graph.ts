import { createProblem, type Problem } from '@strategi/problems';
import { type DocumentKind, documentKindNames } from '@strategi/schema';
import type { AnyDoc, Doc, GraphIndex } from './types.ts';

/** Documents by id (and by former id), with a problem for every id used twice. */
export function indexIds(documents: readonly AnyDoc[]): { byId: Map<string, AnyDoc>; aliases: Map<string, AnyDoc>; problems: Problem[] } {
  const byId = new Map<string, AnyDoc>();
  const problems: Problem[] = [];
  for (const doc of documents) {
    const other = byId.get(doc.id);
    if (other) problems.push(createProblem('id/duplicate', { id: doc.id, other: other.file }, doc.file, doc.positions.values['id']));
    else byId.set(doc.id, doc);
  }
  const aliases = new Map<string, AnyDoc>();
  for (const doc of documents) {
    doc.data.aliases.forEach((alias, i) => {
      const taken = byId.get(alias) ?? aliases.get(alias);
      if (taken) problems.push(createProblem('id/alias-taken', { alias, other: taken.file }, doc.file, doc.positions.values[`aliases.${i}`]));
      else aliases.set(alias, doc);
    });
  }
  return { byId, aliases, problems };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Parses a body link such as `tiltak:T-12` into its scheme and id; undefined for web and mail links. */
export function parseDocumentLink(url: string): { scheme: string; id: string } | undefined {
  const match = /^([\p{L}-]+):([^/?#\s]+)$/u.exec(url.normalize('NFC'));
  if (!match) return undefined;
  const scheme = match[1]!.toLowerCase();
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel') return undefined;
  return { scheme, id: match[2]! };
}

const byOrder = (a: AnyDoc, b: AnyDoc) =>
  (a.kind === 'focusArea' && b.kind === 'focusArea' ? a.data.order - b.data.order : 0) || a.id.localeCompare(b.id, 'nb', { numeric: true });

/** Computes the links of an edition in both directions. */
export function buildIndex(documents: readonly AnyDoc[]): GraphIndex {
  const byKind = Object.fromEntries(documentKindNames.map((kind) => [kind, [] as AnyDoc[]])) as unknown as GraphIndex['byKind'];
  for (const doc of [...documents].sort(byOrder)) (byKind[doc.kind] as AnyDoc[]).push(doc);
  const index: GraphIndex = {
    strategy: byKind.strategy[0],
    byKind,
    goalsByFocusArea: new Map(),
    measuresByGoal: new Map(),
    measuresByActor: new Map(),
    measuresByActionPlan: new Map(),
    inputsByRound: new Map(),
    citingsByInput: new Map(),
    linkedFrom: new Map(),
  };
  for (const goal of byKind.goal) {
    push(index.goalsByFocusArea, goal.data.focusArea, goal);
    for (const input of goal.data.inputs) push(index.citingsByInput, input, goal);
  }
  for (const measure of byKind.measure) {
    for (const goal of measure.data.goals) push(index.measuresByGoal, goal, measure);
    for (const actor of [...measure.data.responsible, ...measure.data.partners]) push(index.measuresByActor, actor, measure);
    if (measure.data.actionPlan) push(index.measuresByActionPlan, measure.data.actionPlan, measure);
    for (const input of measure.data.inputs) push(index.citingsByInput, input, measure);
  }
  const measureById = new Map(byKind.measure.map((measure) => [measure.id, measure]));
  for (const plan of byKind.actionPlan) {
    for (const measureId of plan.data.measures) {
      const measure = measureById.get(measureId);
      if (measure) push(index.measuresByActionPlan, plan.id, measure);
    }
  }
  for (const input of byKind.input) push(index.inputsByRound, input.data.round, input);
  for (const doc of documents) {
    for (const link of doc.links) {
      const target = parseDocumentLink(link.url);
      if (target) push(index.linkedFrom, target.id, doc);
    }
  }
  return index;
}

/** The documents of one kind, typed. */
export function docsOfKind<K extends DocumentKind>(index: GraphIndex, kind: K): Doc<K>[] {
  return index.byKind[kind];
}
