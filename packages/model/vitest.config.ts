import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { include: ['test/**/*.test-d.ts'] },
    // A guard against a hang, not a measure of speed: the property tests run a thousand cases each and a loaded
    // two-core machine takes several times longer than an idle one. Speed is measured in bench/.
    testTimeout: 60_000,
  },
});
