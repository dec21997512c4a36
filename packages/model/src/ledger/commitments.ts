import type { MeasureFate, MeasureStatus } from '@strategi/schema';
import type { Doc, Edition } from '../types.ts';

/** A wording a commitment has had, from the first edition that had it. */
export interface Wording {
  title: string;
  edition: string;
}

/** What a later edition declared became of a commitment, and which edition declared it. */
export interface DeclaredFate extends MeasureFate {
  edition: string;
}

/** A measure of an adopted version: a commitment, which stays in the ledger whatever becomes of it. */
export interface Commitment {
  id: string;
  /** Every wording, oldest first; more than one when a later edition rewrote the promise. */
  wordings: Wording[];
  /** The first adopted edition that had it. */
  firstEdition: string;
  /** The last edition that has it. */
  lastEdition: string;
  /** True when the newest edition still has it. */
  current: boolean;
  /** Its status in the last edition that has it. */
  status: MeasureStatus;
  /** What became of it: dropped, merged, replaced or reworded, with the reason. */
  fates: DeclaredFate[];
}

/** True for a version that was adopted at some point, whatever its status now (a superseded version still was). */
export function wasAdopted(edition: Edition): boolean {
  const version = edition.version;
  if (!version) return false;
  return edition.status === 'vedtatt' || version.status === 'vedtatt' || version.history.some((entry) => entry.status === 'vedtatt');
}

/** The measure of an edition that carries `id`, as its own id or a former one. */
export function measureIn(edition: Edition, id: string): Doc<'measure'> | undefined {
  const doc = edition.byId.get(id) ?? edition.aliases.get(id);
  return doc?.kind === 'measure' ? doc : undefined;
}

/** The fates an edition declares, in its strategy document. */
export function fatesOf(edition: Edition): readonly MeasureFate[] {
  return edition.index.byKind.strategy[0]?.data.fates ?? [];
}

/**
 * Every commitment ever made in `editions` (oldest first): each measure of an adopted version, with each wording it
 * has had and each fate a later edition declared for it. A measure only drafted is not a commitment yet.
 */
export function commitmentLedger(editions: readonly Edition[]): Commitment[] {
  const ledger = new Map<string, Commitment>();
  // Every id a commitment's measure has had, so that a fate or a later edition naming any of them finds it.
  const byAnyId = new Map<string, Commitment>();
  const newest = editions.at(-1);
  for (const edition of editions) {
    for (const fate of fatesOf(edition)) byAnyId.get(fate.measure)?.fates.push({ ...fate, edition: edition.id });
    const adopted = wasAdopted(edition);
    for (const measure of edition.index.byKind.measure) {
      const ids = [measure.id, ...(measure.data.aliases ?? [])];
      let known = ids.map((id) => byAnyId.get(id)).find((entry) => entry !== undefined);
      if (!known) {
        if (!adopted) continue;
        known = newCommitment(measure, edition);
        ledger.set(measure.id, known);
      } else {
        if (promiseOf(known.wordings.at(-1)!.title) !== promiseOf(measure.data.title)) known.wordings.push({ title: measure.data.title, edition: edition.id });
        known.lastEdition = edition.id;
        known.status = measure.data.status;
      }
      for (const id of ids) byAnyId.set(id, known);
    }
  }
  for (const commitment of ledger.values()) commitment.current = newest !== undefined && measureIn(newest, commitment.id) !== undefined;
  return [...ledger.values()].sort((a, b) => idNumber(a.id) - idNumber(b.id));
}

/** The words of a promise with spacing evened out: a measure's title is what it promises to do. */
export const promiseOf = (title: string): string => title.replace(/\s+/g, ' ').trim();

function newCommitment(measure: Doc<'measure'>, edition: Edition): Commitment {
  return {
    id: measure.id,
    wordings: [{ title: measure.data.title, edition: edition.id }],
    firstEdition: edition.id,
    lastEdition: edition.id,
    current: false,
    status: measure.data.status,
    fates: [],
  };
}

const idNumber = (id: string) => Number(id.replace(/^\D+/, ''));
