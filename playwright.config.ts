import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs'

// E2E_PORT lets two runs share a machine (a developer and CI, or parallel checkouts).
const PORT = Number(process.env.E2E_PORT ?? 4319)

// Journeys run against the production build, served by `vite preview` (Playwright owns the
// server, so no orphan is left on the port).
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PW_REPORTER
    ? [['json', { outputFile: process.env.PW_REPORTER }], ['list']]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    // The reader's zone, west of UTC: a date computed in the machine's zone shows up here.
    timezoneId: 'America/Chicago',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
