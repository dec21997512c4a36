/**
 * The versions whose archived output this build takes from the cache instead of rendering (see
 * integrations/archive.ts). Kept on globalThis: the integration runs in the config's module graph and the pages in
 * the build's, two instances of this module that must agree.
 */
const REUSED = Symbol.for('strategi.site.reused-editions');
const store = globalThis as { [REUSED]?: ReadonlySet<string> };

export function setReusedEditions(ids: ReadonlySet<string>): void {
  store[REUSED] = ids;
}

/** The ids of the versions not rendered in this build; empty unless the archive cache supplies them. */
export function reusedEditions(): ReadonlySet<string> {
  return store[REUSED] ?? new Set();
}
