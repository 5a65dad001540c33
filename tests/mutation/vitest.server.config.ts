// The tests Stryker runs against the server modules (rooms, HTTP routes, stores): in-process servers and
// the SQLite/PostgreSQL store suites. Child-process, scale-out and browser tests stay out: too slow per mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
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
