import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Pages and libs read the build plan from a virtual module the plan integration serves; the tests get a fixed one.
  resolve: { alias: [{ find: /^virtual:strategi\/plan$/, replacement: fileURLToPath(new URL('./test/plan.ts', import.meta.url)) }] },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    // A run's folder for the builds several files read, each made once (test/shared-builds.ts).
    globalSetup: ['@strategi/testing/run-tmpdir', 'test/global-setup.ts'],
    // A file's builds run one at a time in its own process (test/site-build.ts): run a file per core, not vitest's
    // default of one fewer (which is one file at a time on a two-core machine). Each build has its own output folder.
    maxWorkers: availableParallelism(),
    // The files run one after another in each worker, which keeps its modules: Astro, the model and the site's libs are
    // loaded once per worker, not once per file (each file's own import took a third of the run's time). Each build
    // has its own folder and puts back the environment it ran with; what the files do share is the libs' memos, which
    // are kept by the objects they were made from (changesBetween by the two editions), never by an id alone.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
