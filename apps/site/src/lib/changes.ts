/**
 * What changed between two editions, from the model's diff API (`@strategi/model/diff`), computed once per pair.
 */
import type { Edition } from '@strategi/model';
import { diffEditions, type EditionDiff } from '@strategi/model/diff';

/** By the editions themselves, not their ids: two corpora loaded in one process can share version ids. */
const cache = new WeakMap<Edition, WeakMap<Edition, EditionDiff>>();

/** The diff of `from` → `to`, memoised for the build. */
export function changesBetween(from: Edition, to: Edition): EditionDiff {
  let fromCache = cache.get(from);
  if (!fromCache) {
    fromCache = new WeakMap();
    cache.set(from, fromCache);
  }
  let diff = fromCache.get(to);
  if (!diff) {
    diff = diffEditions(from, to);
    fromCache.set(to, diff);
  }
  return diff;
}

/**
 * How many changed documents one change page shows. A diff between distant versions can change hundreds of
 * documents; split over pages, each stays within the page budget and every change is shown open.
 */
export const CHANGES_PER_PAGE = 20;

/** The changed documents of `diff`, page by page (always at least one page, empty when nothing changed). */
export function changePages(diff: EditionDiff): EditionDiff['changed'][] {
  const pages: EditionDiff['changed'][] = [];
  for (let start = 0; start < diff.changed.length; start += CHANGES_PER_PAGE) pages.push(diff.changed.slice(start, start + CHANGES_PER_PAGE));
  return pages.length ? pages : [[]];
}

/** The change page (1-based) that shows document `id`: the first for an added one or one not in the diff. */
export function changePageOf(diff: EditionDiff, id: string): number {
  const index = diff.changed.findIndex((change) => change.id === id);
  return index < 0 ? 1 : Math.floor(index / CHANGES_PER_PAGE) + 1;
}

/** Whether a document was added or changed in `to` compared with `from`. */
export function docChanged(from: Edition, to: Edition, id: string): boolean {
  const diff = changesBetween(from, to);
  return diff.added.some((ref) => ref.id === id) || diff.changed.some((change) => change.id === id);
}

export type { EditionDiff };
