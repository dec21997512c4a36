/**
 * `virtual:strategi/plan` for Vite, as Starlight serves `virtual:starlight/user-config`: the plan is data, so the
 * module is its JSON. Pages and libs import it like any module, and tests replace it (vitest.config.ts).
 */
import type { BuildPlan } from './build-plan.ts';

export const PLAN_MODULE = 'virtual:strategi/plan';
const RESOLVED = `\0${PLAN_MODULE}`;

export function planModule(plan: BuildPlan) {
  return {
    name: 'strategi:plan',
    resolveId: (id: string) => (id === PLAN_MODULE ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(plan)};` : undefined),
    // Data, as Astro marks its content modules: left out of the hash of the pages' code that the preview's incremental
    // build compares, since the plan holds the moment of the build; the pages' cache keys cover the plan instead.
    transform: (code: string, id: string) => (id === RESOLVED ? { code, meta: { astroIncremental: { kind: 'content-data' } } } : undefined),
  };
}
