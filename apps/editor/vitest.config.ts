import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    // Each corpus as a ready git repository, made once per run; a test copies one (test/corpus-template.ts). The
    // editors and review servers busy-port.test.ts starts read their modules from the V8 compile cache the browser
    // tests' editors fill, as the workers do their dependencies.
    globalSetup: ['@strategi/testing/run-tmpdir', 'test/global-setup.ts', '@strategi/testing/node-compile-cache'],
    // The tests wait on git and on the editor's writes: a file per core, not vitest's default of one fewer (one at a
    // time on a two-core machine). Each test works in a repository of its own.
    maxWorkers: availableParallelism(),
    // No file mocks a module or changes process state: a worker imports the editor's modules once, not once per file.
    isolate: false,
    testTimeout: 60_000,
  },
});
