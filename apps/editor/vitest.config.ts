import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    // The tests wait on git and on the editor's writes: a file per core, not vitest's default of one fewer (one at a
    // time on a two-core machine). Each test works in a repository of its own.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
  },
});
