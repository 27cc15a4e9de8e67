// Mutation testing of the model (DESIGN §8): `npm run test:mutation`. Not part of `npm test`.
// One folder against its own tests (what the scores in issue 6 were measured with), e.g.
//   MUTATION_REPORT=kpi npx stryker run --mutate 'src/sim/kpi/**/*.ts' \
//     --testFiles 'tests/sim/kpi/**/*.test.ts' --ignoreStatic --tempDirName .stryker-tmp-kpi --incremental
// --ignoreStatic leaves out mutants of module-level tables (KPI_DEFS, typical ranges): each would
// re-run every test file, and they are reported as "ignored".

// One folder at a time writes its own report (MUTATION_REPORT=kpi → reports/mutation/kpi/), so
// runs of different folders can go side by side and a later --incremental run reuses its results.
const dir = `reports/mutation${process.env.MUTATION_REPORT ? `/${process.env.MUTATION_REPORT}` : ''}`;

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
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `${dir}/index.html` },
  // The survivors, machine-readable: what a per-folder run is read from.
  jsonReporter: { fileName: `${dir}/mutation.json` },
  tempDirName: '.stryker-tmp',
  // Another folder's run may be going on beside this one: never copy its sandbox into ours.
  ignorePatterns: ['/.stryker-tmp*'],
  incrementalFile: `${dir}/incremental.json`,
  timeoutMS: 60000,
  // The law tests play many shop-days: on a busy 2-core machine the first run takes minutes.
  dryRunTimeoutMinutes: 30,
};
