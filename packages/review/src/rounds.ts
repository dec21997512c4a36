/**
 * Review rounds: which round a comment belongs to, whether a round still takes comments, and what to warn about
 * when one is made. Pure functions over rows the store returns, so the CLI, the server and the tests agree.
 */

export type RoundKind = 'intern' | 'foreleggelse';

export interface Round {
  id: number;
  name: string;
  /** The edition under review (a version id, or `utkast`). */
  edition: string;
  kind: RoundKind;
  deadline: string;
  /** The case number in the ministry's archive, for the export (`--saksnummer`). */
  caseNumber: string | null;
  /** Documents that may be exempt from public access under offentleglova § 15, marked in the export. */
  exemptDocuments: string[];
  createdAt: string;
  closedAt: string | null;
}

/** Other ministries get at least three weeks to answer a foreleggelse. */
export const FORELEGGELSE_MIN_DAYS = 21;
const DAY_MS = 86_400_000;

const byAge = (a: Round, b: Round) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id);

/**
 * The round a comment belongs to: of the rounds on its edition, the oldest that was not yet closed when the comment
 * was written (comments written before the first round belong to it). Undefined when no round reviews the edition.
 */
export function roundOf(rounds: readonly Round[], comment: { edition: string; createdAt: string }): Round | undefined {
  return rounds
    .filter((round) => round.edition === comment.edition)
    .sort(byAge)
    .find((round) => round.closedAt === null || round.closedAt >= comment.createdAt);
}

/** The date and time in Norway, as a reviewer reads a deadline: `2026-12-20 kl. 16:00`. */
export function osloTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  return parts.replace(' ', ' kl. ');
}

/**
 * Why a new comment or reply is refused, as a code the server words in the reader's language: every round on the
 * edition is closed (`closed`, naming the last), or the open one's deadline has passed (`deadline`, ISO 8601).
 */
export type RoundRefusal = { reason: 'closed'; round: string } | { reason: 'deadline'; round: string; deadline: string };

/**
 * Why a new comment or reply on `edition` is refused at `now`, or undefined when it may be written. An edition no
 * round reviews takes comments.
 */
export function roundRefusal(rounds: readonly Round[], edition: string, now: Date): RoundRefusal | undefined {
  const onEdition = rounds.filter((round) => round.edition === edition).sort(byAge);
  if (onEdition.length === 0) return undefined;
  const open = onEdition.find((round) => round.closedAt === null);
  if (!open) return { reason: 'closed', round: onEdition.at(-1)!.name };
  if (new Date(open.deadline).getTime() < now.getTime()) return { reason: 'deadline', round: open.name, deadline: open.deadline };
  return undefined;
}

/** What to tell the one making a round: a foreleggelse with less than three weeks to its deadline. */
export function roundWarnings(round: Pick<Round, 'kind' | 'deadline'>, now: Date): string[] {
  if (round.kind !== 'foreleggelse') return [];
  const days = Math.floor((new Date(round.deadline).getTime() - now.getTime()) / DAY_MS);
  if (days >= FORELEGGELSE_MIN_DAYS) return [];
  return [`Fristen gir departementene ${days} ${days === 1 ? 'dag' : 'dager'} til å svare; en foreleggelse bør gi minst tre uker.`];
}
