// Lint rules, including the import boundary that keeps shared/ pure and type-aware promise rules (a promise nobody
// awaits or catches loses its error; an async callback where a plain one is expected runs unobserved).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What shared/ may never import: it stays pure (no Phaser, Colyseus, Node or I/O) and below server/ and client/. */
const PURE = [
  { group: ['phaser', 'phaser/*'], message: 'shared/ is pure: no Phaser.' },
  { group: ['@colyseus/*'], message: 'shared/ is pure: no Colyseus.' },
  {
    group: ['node:*', 'fs', 'path', 'crypto', 'os', 'better-sqlite3', 'pg', 'express', 'ws'],
    message: 'shared/ is pure: no Node or I/O.',
  },
  {
    group: ['../server/*', '../../server/*', '../client/*', '../../client/*'],
    message: 'shared/ cannot reach into server/ or client/.',
  },
];

export default tseslint.config(
  // .stryker-tmp/ holds a mutation run's sandbox copy of the tree while it runs.
  { ignores: ['node_modules/', 'dist/', 'data/', 'test-results/', 'shared/engines/v*/', '.stryker-tmp*/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Config files run in Node.
    files: ['*.js', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: PURE,
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'shared/ never reads the clock: time enters as commands.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in the state.' },
      ],
    },
  },
  {
    // The rules and the scenario sit below the protocol: the protocol carries their types, never the reverse.
    files: ['shared/rules/**/*.ts', 'shared/events/**/*.ts', 'shared/scenario/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PURE,
            { group: ['**/protocol/*'], message: 'The rules and the scenario must not import the protocol.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    ignores: ['client/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/*'], message: 'The client talks to the server only through the protocol.' },
            { group: ['node:*'], message: 'The client runs in the browser: no Node modules.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', 'global'].map((name) => ({
          name,
          message: 'The client runs in the browser: no Node globals.',
        })),
      ],
    },
  },
);
