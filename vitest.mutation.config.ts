import { defineConfig } from 'vitest/config';

/** The fast model tests each mutant runs against: no e2e, browser, electron or balance checks. */
export default defineConfig({
  test: {
    include: ['tests/sim/{kpi,scoring,review,demand,laws}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
