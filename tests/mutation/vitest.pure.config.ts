// The tests Stryker runs against the pure modules (rules, views, fold, release, debrief): everything that
// needs no port, process or browser, so each mutant is judged in seconds. Used only by stryker.config.mjs.
// The random-session properties stay out by default: each takes seconds and would run for nearly every
// mutant; PENINSULA_MUTATE_PROPERTIES=1 brings them in (slower, a little stronger).
import { defineConfig } from 'vitest/config';

// PENINSULA_MUTATE_TESTS=a.test.ts,b.test.ts narrows a scoped run to the tests that guard the mutated lines.
const only = process.env.PENINSULA_MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? ['tests/shared/**/*.test.ts', 'tests/client/**/*.test.ts', 'tests/mutation/**/*.test.ts'],
    exclude:
      process.env.PENINSULA_MUTATE_PROPERTIES === '1'
        ? []
        : ['**/properties.test.ts', '**/release-properties.test.ts', '**/reach.test.ts'],
    testTimeout: 30_000,
  },
});
