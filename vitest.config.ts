import { playwright } from '@vitest/browser-playwright'
import { defineConfig, mergeConfig } from 'vitest/config'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['test/unit/**/*.test.ts'],
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          // The zone this run asked for, so a test can prove the browser is in it.
          define: { 'import.meta.env.TEST_TZ': JSON.stringify(process.env.TZ ?? '') },
          test: {
            name: 'component',
            include: ['test/component/**/*.test.tsx'],
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
                // The page's zone follows TZ, so `npm test` can run this layer in several zones.
                ...(process.env.TZ ? { contextOptions: { timezoneId: process.env.TZ } } : {}),
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        },
      ],
    },
  }),
)
