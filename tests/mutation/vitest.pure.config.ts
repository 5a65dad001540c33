// The tests Stryker runs against the pure modules (rules, views, fold, release, debrief): everything that
// needs no port, process or browser, so each mutant is judged in seconds. Used only by stryker.config.mjs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/shared/**/*.test.ts', 'tests/client/**/*.test.ts', 'tests/mutation/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
