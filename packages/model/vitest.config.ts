import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A guard against a hang, not a measure of speed: the property tests run a thousand cases each, and a two-core
    // machine running two files here and another package's tests beside them takes several times longer than an
    // idle one. Speed is measured in bench/.
    testTimeout: 120_000,
    // The property tests keep a core busy each: a file per core, not vitest's default of one fewer (one at a time on two).
    maxWorkers: availableParallelism(),
  },
});
