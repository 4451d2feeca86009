// Mutation testing (`npm run mutate`, not part of `npm test`): small deliberate bugs in the pure
// code, each run against the unit tests. A mutant that survives is a behaviour no test pins.
// The score and the survivors go to docs/mutation.md (scripts/mutation-report.ts).
const batch = process.env.STRYKER_BATCH ?? 'mutation'

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/domain/**/*.ts',
    'scripts/lib/**/*.ts',
    // Glue around a browser or a server: judged by the end-to-end layer, not by unit tests.
    '!scripts/lib/screenshots.ts',
    '!scripts/lib/static-server.ts',
    // Build-tool glue: a Vite plugin and the Leaflet source carver it runs. A wrong cut breaks
    // the built map or its byte budget, which the build, budget and end-to-end steps judge.
    '!scripts/lib/vite-leaflet.ts',
    '!scripts/lib/leaflet-carve.ts',
    // The prerender plugin: runs the app through a Vite SSR server at build time. What it writes
    // is judged by the build and by the end-to-end prerender and hydration checks.
    '!scripts/lib/vite-prerender.ts',
  ],
  // Static mutants (module-level constants) rerun every test each; they are reported as
  // not covered here rather than run (docs/mutation.md).
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json'],
  // STRYKER_BATCH=name runs a part (with --mutate) into its own report and incremental file, so
  // parts can be run one after another on a busy machine and merged by mutation-report.ts.
  jsonReporter: { fileName: `reports/mutation/${batch}.json` },
  // Re-runs test only the mutants whose code or tests changed (the file is not committed).
  incremental: true,
  incrementalFile: `reports/mutation/${batch}-incremental.json`,
  tempDirName: `.stryker-tmp-${batch}`,
  // Another part's sandbox is not part of the project to copy.
  ignorePatterns: [
    '.stryker-tmp*',
    'reports',
    'dist',
    'test-results',
    'screenshots/out',
    'gallery/out',
  ],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
}
