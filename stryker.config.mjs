// Mutation testing of the code that guards privacy, authority and durability (`npm run mutation`, not CI:
// it is slow). PENINSULA_MUTATE=pure|server picks one half; the pure half runs first and is fast.
const pure = [
  'shared/rules/views.ts',
  'shared/rules/scope.ts',
  'shared/rules/view-fold.ts',
  // Each event's audience, trimming and fold, each command's review line: the privacy rules live here now.
  'shared/events/*.ts',
  'shared/commands/*.ts',
  'shared/rules/students.ts',
  'shared/rules/flow.ts',
  'shared/rules/apply.ts',
  'shared/transcript/release.ts',
  'shared/transcript/debrief.ts',
  'shared/transcript/timeline.ts',
  'shared/transcript/offers.ts',
];
const server = ['server/rooms/**/*.ts', 'server/http/**/*.ts', 'server/store/**/*.ts'];
const half = process.env.PENINSULA_MUTATE ?? 'pure';
if (!['pure', 'server'].includes(half)) throw new Error(`PENINSULA_MUTATE must be pure or server, not ${half}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: `tests/mutation/vitest.${half}.config.ts`, related: false },
  mutate: half === 'pure' ? pure : server,
  // The machine is shared: one test process, and each mutant runs only the tests that cover it.
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  incrementalFile: `reports/mutation/${half}-incremental.json`,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: `reports/mutation/${half}.html` },
  thresholds: { high: 85, low: 70, break: null },
  // Static mutants (module-level code, and fixtures some test files build while collecting) need the whole
  // suite per mutant, about 45 s each on a shared 2-core machine: skipped unless PENINSULA_MUTATE_STATIC=1.
  // The report counts them as ignored, so the score printed is over the mutants tests can be traced to.
  ignoreStatic: process.env.PENINSULA_MUTATE_STATIC !== '1',
  timeoutMS: 20_000,
  // The first run (every test, coverage per test) takes minutes when the machine is busy.
  dryRunTimeoutMinutes: 20,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
