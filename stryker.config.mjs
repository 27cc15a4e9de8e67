// Mutation testing of the model (DESIGN §8): `npm run test:mutation`. Not part of `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/sim/demand/**/*.ts',
    'src/sim/kpi/**/*.ts',
    'src/sim/scoring/**/*.ts',
    'src/sim/review/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  timeoutMS: 60000,
  // The law tests play many shop-days: on a busy 2-core machine the first run takes minutes.
  dryRunTimeoutMinutes: 30,
};
