/**
 * What this build takes from the archive cache instead of rendering, as the pages see it: the build plan's
 * `archive.reused` (decided by `planArchive` before any page is rendered, see archive.ts).
 */
import plan from 'virtual:strategi/plan';

const reused = new Set(plan.archive.reused.editions);
const reusedData = new Set(plan.archive.reused.data);
const reusedPairs = new Set(plan.archive.reused.changes);

/** The ids of the versions whose pages are not rendered in this build; empty unless the archive cache supplies them. */
export const reusedEditions = (): ReadonlySet<string> => reused;

/** The change pages (`<from>/<to>`) not rendered in this build. */
export const reusedChanges = (): ReadonlySet<string> => reusedPairs;

/** The editions of `editions` whose open data (`data/<id>/`) this build renders: a cache unit of its own. */
export function renderedData<T extends { id: string }>(editions: readonly T[]): T[] {
  return editions.filter((edition) => !reusedData.has(edition.id));
}
