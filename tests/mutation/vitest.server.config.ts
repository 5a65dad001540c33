// The tests Stryker runs against the server modules (rooms, HTTP routes, stores): in-process servers and
// the SQLite/PostgreSQL store suites. Child-process, scale-out and browser tests stay out: too slow per mutant.
import { defineConfig } from 'vitest/config';

// PENINSULA_MUTATE_TESTS=a.test.ts,b.test.ts narrows a scoped run to the tests that guard the mutated lines.
const only = process.env.PENINSULA_MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? ['tests/server/**/*.test.ts'],
    exclude: [
      'tests/server/scale.test.ts',
      'tests/server/crash.test.ts',
      'tests/server/store.crash.test.ts',
      'tests/server/bots.test.ts',
    ],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
