import type { Commitment, Edition } from '@strategi/model';
import { commitmentLedger } from '@strategi/model';
import { historySubPath } from './archive/history.ts';
import { docSubPath } from './urls.ts';

/** One row of the ledger page: a commitment, where readers find it, and the names of the editions it spans. */
export interface LedgerRow {
  commitment: Commitment;
  /** The measure's page when the current edition has it, otherwise its history across versions. */
  path: string;
  /** The wording it has now, or last had. */
  title: string;
  /** Every earlier wording, oldest first. */
  formerTitles: string[];
  promisedIn: Edition | undefined;
  lastIn: Edition | undefined;
}

/** The rows of the ledger page: every commitment made in `editions` (oldest first), in id order. */
export function ledgerRows(editions: readonly Edition[]): LedgerRow[] {
  const byId = new Map(editions.map((edition) => [edition.id, edition]));
  return commitmentLedger(editions).map((commitment) => {
    const titles = commitment.wordings.map((wording) => wording.title);
    return {
      commitment,
      path: `/${commitment.current ? docSubPath({ kind: 'measure', id: commitment.id }) : historySubPath('measure', commitment.id)}`,
      title: titles.at(-1) ?? commitment.id,
      formerTitles: titles.slice(0, -1),
      promisedIn: byId.get(commitment.firstEdition),
      lastIn: byId.get(commitment.lastEdition),
    };
  });
}
