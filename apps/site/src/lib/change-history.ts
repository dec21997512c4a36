/**
 * A document's own dated change history: each released version, up to the one being read, in which the document
 * was added or changed against the version before it, with that version's change note. Newest first.
 */
import type { Edition } from '@strategi/model';
import type { ChangeKind } from '@strategi/schema';
import { docChanged } from './changes.ts';

export interface ChangeEntry {
  edition: Edition;
  /** The day the change reached readers: the publishing day when scheduled, else the release day. */
  date: string;
  change: ChangeKind | undefined;
  /** Markdown; rendered through the sanitiser by the view. */
  note: string;
}

export function docChangeHistory(editions: readonly Edition[], reading: Edition, docId: string): ChangeEntry[] {
  const released = editions.filter((edition) => edition.version);
  const upTo = reading.version ? released.indexOf(reading) : released.length - 1;
  const entries: ChangeEntry[] = [];
  for (let i = 1; i <= upTo; i++) {
    const edition = released[i]!;
    if (!edition.byId.has(docId) || !docChanged(released[i - 1]!, edition, docId)) continue;
    const version = edition.version!;
    entries.push({ edition, date: version.publishAt?.slice(0, 10) ?? version.date, change: version.change, note: version.changeNote ?? '' });
  }
  return entries.reverse();
}
