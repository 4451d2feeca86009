// The unit layer alone, for StrykerJS (`npm run mutate`): mutants are judged by the Node tests
// of src/domain and scripts/lib, which run in seconds; the browser layers stay out of it.
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/**
 * The tests that build a whole dataset from CSV fixtures (each 0.3-2.5 s, and a survivor runs
 * every one that covers it: 15-50 s a mutant). `MUTATE_FOCUSED=1` leaves them out, for parts
 * over the domain's own modules (timeline, the CSV reader, the schema, map targets), which their
 * focused tests judge; the build's own modules (scripts/lib/build-dataset.ts and its helpers)
 * are always run with them. docs/mutation.md says which parts ran focused.
 */
const WHOLE_BUILD_TESTS = [
  'test/unit/build-dataset.test.ts',
  'test/unit/build-publish.test.ts',
  'test/unit/geocode.test.ts',
  'test/unit/hostile-data.test.ts',
  'test/unit/malformed-data.test.ts',
  'test/unit/public-csv.test.ts',
  'test/unit/report.test.ts',
  'test/unit/sources-and-changes.test.ts',
]

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      name: 'unit',
      environment: 'node',
      include: ['test/unit/**/*.test.ts'],
      exclude: process.env.MUTATE_FOCUSED === '1' ? WHOLE_BUILD_TESTS : [],
      testTimeout: 60_000,
      // Read by tests that run code in a child process, which never sees the active mutant.
      env: { MUTATION_RUN: '1' },
    },
  }),
)
