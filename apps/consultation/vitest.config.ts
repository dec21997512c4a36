import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Chromium's tests run apart: `pnpm test:browser`.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    // One PostgreSQL server for the whole run; one compile cache for the service's processes the tests start; one
    // parse cache for every corpus read (@strategi/testing/parse-cache).
    globalSetup: [
      '@strategi/testing/run-tmpdir',
      '@strategi/testing/parse-cache',
      '@strategi/database/testing/global-setup',
      '@strategi/testing/node-compile-cache',
    ],
    // No file mocks a module or changes process state: a worker imports the service's modules once, not once per file.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
