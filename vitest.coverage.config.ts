import { defineConfig } from 'vitest/config';

/**
 * Line coverage of the packages (`pnpm coverage`): every package's own vitest config run as one project, V8's
 * counters mapped back to the TypeScript sources. Its own command, so the default test run pays nothing for it.
 * Every source file counts, a file no test loads at 0 %.
 */
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts'],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['**/*.d.ts'],
      reporter: ['text-summary', ['text', { skipFull: true }], ['json-summary', { file: 'coverage-summary.json' }]],
      reportsDirectory: 'node_modules/.cache/coverage',
      // The figure even when a test fails: coverage is read beside the test run's own verdict, not instead of it.
      reportOnFailure: true,
    },
  },
});
