/**
 * What this build takes from the archive cache instead of rendering (see integrations/archive.ts): versions, and
 * change pages between two versions. Kept on globalThis: the integration runs in the config's module graph and the
 * pages in the build's, two instances of this module that must agree.
 */
const REUSED = Symbol.for('strategi.site.reused-editions');
const REUSED_CHANGES = Symbol.for('strategi.site.reused-change-pages');
const store = globalThis as { [REUSED]?: ReadonlySet<string>; [REUSED_CHANGES]?: ReadonlySet<string> };

export function setReusedEditions(ids: ReadonlySet<string>): void {
  store[REUSED] = ids;
}

/** The ids of the versions not rendered in this build; empty unless the archive cache supplies them. */
export function reusedEditions(): ReadonlySet<string> {
  return store[REUSED] ?? new Set();
}

/** A change page's name in the reuse set and the cache's log lines: `<from>/<to>`. */
export const changePair = (fromId: string, toId: string) => `${fromId}/${toId}`;

export function setReusedChanges(pairs: ReadonlySet<string>): void {
  store[REUSED_CHANGES] = pairs;
}

/** The change pages (`<from>/<to>`) not rendered in this build. */
export function reusedChanges(): ReadonlySet<string> {
  return store[REUSED_CHANGES] ?? new Set();
}

/** The editions of `editions` this build renders: those not taken from the cache. */
export function renderedEditions<T extends { id: string }>(editions: readonly T[]): T[] {
  const reused = reusedEditions();
  return editions.filter((edition) => !reused.has(edition.id));
}
