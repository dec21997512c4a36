/**
 * How far a round has come: per round, how many comments are open, resolved and accepted, in all, per document
 * and per reviewer. `strategi comments --summary` prints it and the review server's overview shows it; both call
 * `reviewSummary`, so they give the same numbers. Only comments count, not replies.
 */
import type { Disposition } from './dispositions.ts';
import { type Round, roundOf } from './rounds.ts';
import type { Comment, ReviewStore } from './store/store.ts';

export interface Tally {
  open: number;
  resolved: number;
  /** Resolved as «tatt til følge» or «delvis tatt til følge». */
  accepted: number;
}

export interface RoundSummary {
  /** Null for comments on an edition no round reviews. */
  round: Round | null;
  total: Tally;
  byDocument: { document: string; tally: Tally }[];
  byReviewer: { reviewer: string; tally: Tally }[];
}

export interface SummaryFilter {
  /** A round's name. */
  round?: string | undefined;
  reviewer?: string | undefined;
  state?: 'open' | 'resolved' | undefined;
}

const empty = (): Tally => ({ open: 0, resolved: 0, accepted: 0 });

function count(tally: Tally, comment: Comment, disposition: Disposition | undefined): void {
  if (comment.resolvedAt === null) tally.open++;
  else tally.resolved++;
  if (comment.resolvedAt !== null && disposition && disposition.disposition !== 'ikke-tatt-til-folge') tally.accepted++;
}

const sorted = <K extends string>(map: Map<string, Tally>, key: K) =>
  [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, tally]) => ({ [key]: name, tally }) as { [P in K]: string } & { tally: Tally });

/** The summary of comments already read from the store. Rounds with no comment left by the filter are listed with zeros. */
export function summarize(
  rounds: readonly Round[],
  comments: readonly Comment[],
  dispositions: ReadonlyMap<number, Disposition>,
  filter: SummaryFilter = {},
): RoundSummary[] {
  const summaries = new Map<Round | null, { total: Tally; byDocument: Map<string, Tally>; byReviewer: Map<string, Tally> }>();
  const entry = (round: Round | null) => {
    const found = summaries.get(round) ?? { total: empty(), byDocument: new Map<string, Tally>(), byReviewer: new Map<string, Tally>() };
    summaries.set(round, found);
    return found;
  };
  for (const round of rounds) if (filter.round === undefined || round.name === filter.round) entry(round);
  for (const comment of comments) {
    if (comment.parentId !== null) continue;
    if (filter.reviewer !== undefined && comment.author !== filter.reviewer) continue;
    if (filter.state === 'open' && comment.resolvedAt !== null) continue;
    if (filter.state === 'resolved' && comment.resolvedAt === null) continue;
    const round = roundOf(rounds, comment) ?? null;
    if (filter.round !== undefined && round?.name !== filter.round) continue;
    const summary = entry(round);
    const disposition = dispositions.get(comment.id);
    count(summary.total, comment, disposition);
    for (const [map, key] of [
      [summary.byDocument, comment.document],
      [summary.byReviewer, comment.author],
    ] as const) {
      if (!map.has(key)) map.set(key, empty());
      count(map.get(key)!, comment, disposition);
    }
  }
  return [...summaries].map(([round, summary]) => ({
    round,
    total: summary.total,
    byDocument: sorted(summary.byDocument, 'document'),
    byReviewer: sorted(summary.byReviewer, 'reviewer'),
  }));
}

/** The summary straight from the store. */
export async function reviewSummary(store: ReviewStore, filter: SummaryFilter = {}): Promise<RoundSummary[]> {
  const [rounds, comments, dispositions] = await Promise.all([store.listRounds(), store.listComments(), store.dispositions()]);
  return summarize(rounds, comments, dispositions, filter);
}
