import { defineConfig } from 'vitest/config';

// Server and browser tests bind real ports and processes: files run one at a time there,
// so their timing stays honest on a 2-core machine. Pure rules tests are cheap either way.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
