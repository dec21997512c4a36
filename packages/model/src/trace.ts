import { compareIds, type DocumentKind, relationsTo } from '@strategi/schema';
import { type DocRef, diffEditions, type EditionDiff } from './diff/index.ts';
import type { AnyDoc, Doc, Edition } from './types.ts';

/** What happened to one goal or measure citing an input, from one edition to the next. */
export type TraceEvent =
  /** It cites the input from this edition on; `again` when it had cited it in an earlier edition and stopped. */
  | { type: 'added'; doc: DocRef; again: boolean }
  /** It cites the input in both editions and changed: its text (`prose`, or its title) or other fields. */
  | { type: 'changed'; doc: DocRef; prose: boolean; fields: string[]; previousId?: string }
  /** It no longer cites the input: the document was taken out (`docRemoved`) or dropped the reference. */
  | { type: 'removed'; doc: DocRef; docRemoved: boolean };

/** An input in one edition: whether it is there, what cites it, and what changed since the edition before. */
export interface TraceStep {
  edition: Edition;
  /** The input in this edition (found by id or former id), or undefined when it is not there. */
  input: Doc<'input'> | undefined;
  /** Goals and measures of this edition that cite the input (goals first, ids in numeric order). */
  citedBy: AnyDoc[];
  /** In the first edition: every citing document as `added`. */
  events: TraceEvent[];
}

/** Follows inputs through editions (oldest first); diffs between neighbours are computed once and shared. */
export interface InputTracer {
  /** The steps of the input with this id (or a former id) in every edition, oldest first. */
  trace(inputId: string): TraceStep[];
}

const kindOrder = { goal: 0, measure: 1 } as Record<string, number>;
const byKindAndId = (a: AnyDoc, b: AnyDoc) => (kindOrder[a.kind] ?? 2) - (kindOrder[b.kind] ?? 2) || compareIds(a.id, b.id);

function refOf(doc: AnyDoc): DocRef {
  const data = doc.data as { title?: string; name?: string };
  return { id: doc.id, kind: doc.kind, title: data.title ?? data.name ?? doc.id };
}

/** Every id the input has carried in any of the editions: its ids and former ids, followed until nothing new turns up. */
function idsOfInput(editions: readonly Edition[], inputId: string): Set<string> {
  const ids = new Set([inputId]);
  let size = 0;
  while (ids.size !== size) {
    size = ids.size;
    for (const edition of editions) {
      for (const id of [...ids]) {
        const doc = edition.index.resolve(id);
        if (doc?.kind !== 'input') continue;
        ids.add(doc.id);
        for (const alias of doc.data.aliases) ids.add(alias);
      }
    }
  }
  return ids;
}

/** The goals and measures (every kind with a reference to inputs) that cite an input, goals first. */
export function citingsOf(edition: Edition, input: Doc<'input'>): AnyDoc[] {
  return relationsTo('input')
    .flatMap((relation) => edition.index.sources(input, relation.key as `${DocumentKind}.${string}`))
    .sort(byKindAndId);
}

export function createInputTracer(editions: readonly Edition[], diff: (from: Edition, to: Edition) => EditionDiff = diffEditions): InputTracer {
  const diffs = new Map<number, EditionDiff>();
  const diffAt = (i: number) => {
    let found = diffs.get(i);
    if (!found) {
      found = diff(editions[i - 1]!, editions[i]!);
      diffs.set(i, found);
    }
    return found;
  };

  return {
    trace(inputId) {
      const ids = idsOfInput(editions, inputId);
      const steps: TraceStep[] = [];
      editions.forEach((edition, i) => {
        const input = [...ids].map((id) => edition.index.resolve(id)).find((doc) => doc?.kind === 'input') as Doc<'input'> | undefined;
        const citedBy = input ? citingsOf(edition, input) : [];
        const previous = steps[i - 1];
        if (previous === undefined) {
          steps.push({ edition, input, citedBy, events: citedBy.map((doc) => ({ type: 'added', doc: refOf(doc), again: false })) });
          return;
        }
        const change = diffAt(i);
        const same = (a: { kind: string; id: string }, b: { kind: string; id: string }) => a.kind === b.kind && a.id === b.id;
        /** The id a document of this edition had in the edition before, or undefined when it is new. */
        const previousIdOf = (doc: AnyDoc) => {
          if (change.added.some((ref) => same(ref, doc))) return undefined;
          return change.changed.find((entry) => same(entry, doc))?.previousId ?? doc.id;
        };
        const events: TraceEvent[] = [];
        const kept = new Set<AnyDoc>();
        for (const doc of citedBy) {
          const before = previousIdOf(doc);
          const earlier = before === undefined ? undefined : previous.citedBy.find((other) => same(other, { kind: doc.kind, id: before }));
          if (!earlier) {
            const names = new Set([doc.id, ...doc.data.aliases]);
            const again = steps.slice(0, -1).some((step) => step.citedBy.some((other) => other.kind === doc.kind && names.has(other.id)));
            events.push({ type: 'added', doc: refOf(doc), again });
            continue;
          }
          kept.add(earlier);
          const changed = change.changed.find((entry) => same(entry, doc));
          if (changed) {
            events.push({
              type: 'changed',
              doc: refOf(doc),
              prose: changed.textChanged || changed.fields.some((field) => field.field === 'title'),
              fields: changed.fields.map(({ field }) => field),
              ...(changed.previousId === undefined ? {} : { previousId: changed.previousId }),
            });
          }
        }
        for (const doc of previous.citedBy) {
          if (kept.has(doc)) continue;
          events.push({ type: 'removed', doc: refOf(doc), docRemoved: change.removed.some((ref) => same(ref, doc)) });
        }
        steps.push({ edition, input, citedBy, events });
      });
      return steps;
    },
  };
}

/** The inputs of an edition's rounds that at least one goal or measure of the edition cites. */
export function takenUpInputs(edition: Edition, roundId: string): { inputs: Doc<'input'>[]; takenUp: Doc<'input'>[] } {
  const round = edition.index.resolve(roundId);
  const inputs = round?.kind === 'inputRound' ? edition.index.sources<'input'>(round, 'input.round') : [];
  const takenUp = inputs.filter((input) => citingsOf(edition, input).length > 0);
  return { inputs, takenUp };
}
