import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Files that replace a module with vi.mock: they get a fresh module graph, every other file shares its worker's. */
const mocking = ['test/unreadable.test.ts', 'test/render/one-parse.test.ts'];

export default defineConfig({
  test: {
    // The run's temporary folders in one, removed at the end (@strategi/testing/run-tmpdir).
    globalSetup: ['@strategi/testing/run-tmpdir'],
    // A guard against a hang, not a measure of speed: the property tests run a thousand cases each, and a two-core
    // machine running two files here and another package's tests beside them takes several times longer than an
    // idle one. Speed is measured in bench/.
    testTimeout: 120_000,
    // The property tests keep a core busy each: a file per core, not vitest's default of one fewer (one at a time on two).
    maxWorkers: availableParallelism(),
    projects: [
      // Without isolation the model's modules are imported once per worker instead of once per file, which was a
      // third of the package's test time; no other file changes module state.
      { extends: true, test: { name: 'model', include: ['test/**/*.test.ts'], exclude: mocking, isolate: false } },
      { extends: true, test: { name: 'model (mocks)', include: mocking } },
    ],
  },
});
