/**
 * What the list of versions shows beyond name, status and date: an «Eksempel» column only when a version listed is
 * an example, and each version's change note (minor ones too, so that the current version's row never has an
 * empty note where it has one), with a column for them only when a version has a note or a publishing notice.
 */
import type { Edition } from '@strategi/model';

export interface VersionsTable {
  /** Show the «Eksempel» column. */
  example: boolean;
  /** Show the change note column. */
  notes: boolean;
}

/** The change note a version's row shows, if any (Markdown). */
export function changeNoteOf(edition: Edition): string | undefined {
  return edition.version?.changeNote || undefined;
}

/** The optional columns, from the versions listed; `scheduled` says whether a version has a publishing notice. */
export function versionsTable(editions: readonly Edition[], scheduled: (edition: Edition) => boolean): VersionsTable {
  return {
    example: editions.some((edition) => edition.version?.example === true),
    notes: editions.some((edition) => changeNoteOf(edition) !== undefined || scheduled(edition)),
  };
}
