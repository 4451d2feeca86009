// The unit layer alone, for StrykerJS (`npm run mutate`): mutants are judged by the Node tests
// of src/domain and scripts/lib, which run in seconds; the browser layers stay out of it.
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      name: 'unit',
      environment: 'node',
      include: ['test/unit/**/*.test.ts'],
      testTimeout: 60_000,
      // Read by tests that run code in a child process, which never sees the active mutant.
      env: { MUTATION_RUN: '1' },
    },
  }),
)
