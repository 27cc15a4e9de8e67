// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'util',
  'events',
  'stream',
  'http',
  'https',
  'net',
  'worker_threads',
];

/** What src/sim may not import: it runs unchanged in Node, the renderer and a classroom host. */
const simPaths = [
  { name: 'phaser', message: 'src/sim must not depend on Phaser.' },
  { name: 'electron', message: 'src/sim must not depend on Electron.' },
  ...nodeBuiltins.map((name) => ({ name, message: 'src/sim must not use Node built-ins.' })),
];
const simPatterns = [
  { group: ['node:*'], message: 'src/sim must not use Node built-ins.' },
  {
    group: ['**/game/**', '**/ui/**', '**/platform/**', '**/cli/**', '**/electron/**'],
    message: 'src/sim must not import outer layers.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'coverage',
      '.tmp',
      'scenarios/*.json',
      '.stryker-tmp',
      'reports',
      'stryker.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The simulation is pure: it runs unchanged in Node, the renderer and a classroom host.
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: simPaths, patterns: simPatterns }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG in the world.' },
        { object: 'Date', property: 'now', message: 'Time is an input: use world.clock.' },
        { object: 'performance', property: 'now', message: 'Time is an input: use world.clock.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'The sim clock drives time.' },
        { name: 'setInterval', message: 'The sim clock drives time.' },
        { name: 'window', message: 'src/sim must not touch the DOM.' },
        { name: 'document', message: 'src/sim must not touch the DOM.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'Time is an input: use world.clock.',
        },
      ],
    },
  },
  {
    // Bots see what players see: only the observation API, the shared ids and their own files.
    // The runner (run.ts) is the one place that hands them the world's view and its dice.
    files: ['src/sim/bots/**/*.ts'],
    ignores: ['src/sim/bots/run.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: simPaths,
          patterns: [
            ...simPatterns,
            {
              group: [
                '../*',
                '../**',
                '!../observe',
                '!../ids',
                '../../**',
                '**/sim/**',
                '!**/sim/observe',
                '!**/sim/ids',
              ],
              message:
                'Bots read the world only through src/sim/observe (and src/sim/ids); world internals would let them see hidden truth.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/game/**/*.ts', 'src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Reach the shell only through src/platform.' }],
          patterns: [
            { group: ['**/electron/**'], message: 'Reach the shell only through src/platform.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/game/**', '**/src/ui/**'],
              message: 'The shell never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
