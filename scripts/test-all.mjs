#!/usr/bin/env node
// `npm test`: every check, in order, from lint to end-to-end journeys in Chromium. Prints one
// closing line "N passed, N failed" counted over all runners (a step without its own tests,
// such as lint or the build, counts as one check) and exits non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium } from './chromium.mjs'

const results = { passed: 0, failed: 0 }
const failures = []
const reports = mkdtempSync(join(tmpdir(), 'strike-map-test-'))
const quietEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }

function run(cmd, args, env = process.env) {
  console.log(`\n▶ ${[cmd, ...args].join(' ')}`)
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0
}

function step(name, ok) {
  if (ok) return void results.passed++
  results.failed++
  failures.push(name)
}

function counted(name, ok, reportFile, read) {
  const counts = existsSync(reportFile)
    ? read(JSON.parse(readFileSync(reportFile, 'utf8')))
    : undefined
  if (!counts) return step(name, false)
  results.passed += counts.passed
  results.failed += counts.failed
  if (counts.failed > 0 || !ok) failures.push(name)
  if (!ok && counts.failed === 0) results.failed++ // the runner failed outside any test
}

function ensureChromium() {
  if (findChromium()) return true
  const root = process.getuid?.() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (root && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package.")
    execFileSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core',
      ],
      { stdio: 'inherit' },
    )
    return Boolean(findChromium())
  }
  console.error(
    'No Chromium found. Install it with:\n  sudo apt-get install -y chromium\nor set CHROMIUM_PATH to a Chromium binary.',
  )
  return false
}

const vitestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests })
const playwrightCounts = (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
})

step('chromium', ensureChromium())
step('lint', run('npm', ['run', '--silent', 'lint']))
step('typecheck', run('npx', ['tsc', '-b']))
step('data in sync', run('npx', ['tsx', 'scripts/build-data.ts', '--check']))
// Date code must not depend on the machine's zone: the unit and component layers run in UTC,
// in Minnesota's zone (west of UTC) and in one east of it. Playwright pins America/Chicago.
const ZONES = ['UTC', 'America/Chicago', 'Asia/Tokyo']
for (const [project, zone] of ['unit', 'component'].flatMap((p) => ZONES.map((z) => [p, z]))) {
  const file = join(reports, `${project}-${zone.replace('/', '-')}.json`)
  const ok = run(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${file}`,
    ],
    { ...quietEnv, TZ: zone },
  )
  counted(`${project} tests (${zone})`, ok, file, vitestCounts)
}
const built = run('npx', ['vite', 'build', '--logLevel', 'warn'])
step('production build', built)
if (built) {
  // Issue 5's gzip budgets for the first view (JS, CSS, data + basemap): weight is
  // deterministic, so it is a test; timings are not, they live in `npm run bench`.
  step('bundle budgets', run('npx', ['tsx', 'scripts/check-budgets.ts', 'dist']))
  const file = join(reports, 'e2e.json')
  const ok = run('npx', ['playwright', 'test'], { ...process.env, PW_REPORTER: file })
  counted('end-to-end tests', ok, file, playwrightCounts)
} else {
  step('bundle budgets (not run: the build failed)', false)
  step('end-to-end tests (not run: the build failed)', false)
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`\n${results.passed} passed, ${results.failed} failed`)
process.exit(results.failed > 0 ? 1 : 0)
