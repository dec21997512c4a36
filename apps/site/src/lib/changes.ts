/**
 * What changed between two editions, from the model's diff API (`@strategi/model/diff`), computed once per pair.
 */
import type { Edition } from '@strategi/model';
import { diffEditions, type EditionDiff } from '@strategi/model/diff';

const cache = new Map<string, EditionDiff>();

/** The diff of `from` → `to`, memoised for the build. */
export function changesBetween(from: Edition, to: Edition): EditionDiff {
  const key = `${from.id}\u0000${to.id}`;
  let diff = cache.get(key);
  if (!diff) {
    diff = diffEditions(from, to);
    cache.set(key, diff);
  }
  return diff;
}

/** Whether a document was added or changed in `to` compared with `from`. */
export function docChanged(from: Edition, to: Edition, id: string): boolean {
  const diff = changesBetween(from, to);
  return diff.added.some((ref) => ref.id === id) || diff.changed.some((change) => change.id === id);
}

export type { EditionDiff };
