import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Chromium's tests run apart: `pnpm test:browser`.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    // One PostgreSQL server for the whole run; one compile cache for the service's processes the tests start; one
    // parse cache for every corpus read (test/parse-cache-setup.ts).
    globalSetup: [
      '@strategi/testing/run-tmpdir',
      'test/parse-cache-setup.ts',
      '@strategi/database/testing/global-setup',
      '@strategi/testing/node-compile-cache',
    ],
    // No file mocks a module or changes process state: a worker imports the service's modules once, not once per file.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
