/**
 * When a document reached readers and when it last changed, up to the version being read (GOV.UK's «Published …,
 * last updated … – see all updates»): from the released versions the build shows, so an archived page never
 * depends on a later one.
 */
import type { AnyDoc, Edition } from '@strategi/model';
import { historySubPath } from './archive/history.ts';
import { docChangeHistory } from './change-history.ts';
import { href } from './urls.ts';

export interface PageDates {
  /** The day the first released version with the document reached readers (YYYY-MM-DD). */
  published: string;
  /** The day of the latest version, up to the one read, that changed it; undefined when none has since. */
  updated: string | undefined;
  /** The document's «all versions» page. */
  history: string;
}

const dayOf = (edition: Edition) => edition.version!.publishAt?.slice(0, 10) ?? edition.version!.date;

/** Undefined for a document no released version up to the one read has (the working draft's new documents). */
export function pageDates(editions: readonly Edition[], reading: Edition, doc: AnyDoc): PageDates | undefined {
  const released = editions.filter((edition) => edition.version);
  const upTo = reading.version ? released.indexOf(reading) : released.length - 1;
  const first = released.slice(0, upTo + 1).find((edition) => edition.byId.has(doc.id));
  if (!first) return undefined;
  const published = dayOf(first);
  const latest = docChangeHistory(editions, reading, doc.id)[0]?.date;
  return { published, updated: latest !== undefined && latest > published ? latest : undefined, history: href('/', historySubPath(doc.kind, doc.id)) };
}
