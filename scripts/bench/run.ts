/**
 * `npm run bench` (after `vite build`): the first view's transfer weight against its budgets,
 * time to first marker against a plain-Leaflet floor and a React + react-leaflet floor
 * (interleaved), a date step and a filter change from input to paint done with the real data
 * and with 10,000 synthetic clinics beside the plain floor's, and Lighthouse 12 (median of 3).
 * Prints the tables and writes docs/benchmarks.md.
 *
 *   npm run bench -- --runs 7 --steps 240 --lighthouse-runs 3   (the defaults)
 *   npm run bench -- --no-lighthouse
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'vite'
import { DatasetSchema } from '../../src/domain/clinic-schema.ts'
import { startStaticServer } from '../lib/static-server.ts'
import { checkBudgets, weighFile, weighFirstView } from '../lib/weights.ts'
import { searchOnDemand } from './on-demand.ts'
import { launch, openApp, timeFirstMarker, timeSteps, UNTHROTTLED } from './browser.ts'
import { runLighthouse } from './lighthouse.ts'
import { describeMachine } from './machine.ts'
import * as report from './report.ts'
import { summarize, type Summary } from './stats.ts'
import { syntheticDataset } from './synthetic.ts'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    steps: { type: 'string', default: '240' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
})
const runs = Number(args.runs)
const steps = Number(args.steps)
const lhRuns = Number(args['lighthouse-runs'])
const DIST = resolve('dist')
const SYNTHETIC = 10_000
const log = (text: string) => console.log(text)

/**
 * The floor pages (plain Leaflet, floor.html; React + react-leaflet, stack.html), built with the
 * app's Vite config into a temporary folder, never into dist/.
 */
async function buildFloor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'strike-map-floor-'))
  await build({
    configFile: resolve('vite.config.ts'),
    root: resolve('scripts/bench'),
    publicDir: resolve('public'), // basemap.json, as in the app's build
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        input: [resolve('scripts/bench/floor.html'), resolve('scripts/bench/stack.html')],
      },
    },
  })
  return outDir
}

const machine = describeMachine()
const weights = weighFirstView(DIST)
const budgets = checkBudgets(weights)
const real = DatasetSchema.parse(
  JSON.parse(readFileSync(join(DIST, 'data/clinics.geojson'), 'utf8')),
)
const synthetic = JSON.stringify(syntheticDataset(real, SYNTHETIC))

const floorDir = await buildFloor()
// Gzipped as GitHub Pages serves text, so transfer times match what readers download.
const app = await startStaticServer({ root: DIST, gzip: true })
const floor = await startStaticServer({ root: floorDir, gzip: true })
let results: report.Results
try {
  log(`First marker: ${runs} runs each of the app and the two floors, interleaved...`)
  const browser = await launch()
  const times = { app: [] as number[], floor: [] as number[], stack: [] as number[] }
  let fetched: string[] = []
  for (let i = 0; i < runs; i++) {
    const a = await timeFirstMarker(browser, app.url)
    times.app.push(a.ms)
    if (i === 0) fetched = a.scripts
    times.floor.push((await timeFirstMarker(browser, `${floor.url}floor.html`)).ms)
    times.stack.push((await timeFirstMarker(browser, `${floor.url}stack.html`)).ms)
  }
  await browser.close()
  const initial = new Set(weights.assets.map((a) => `/${a.path}`))
  const lazyJs = [...new Set(fetched)]
    .filter((path) => !initial.has(path))
    .map((path) => ({ path: path.slice(1), gzip: weighFile(join(DIST, path)).gzip }))

  log(
    `Steps: ${steps} date steps and filter changes, with ${real.features.length} and ${SYNTHETIC} clinics, app and floor...`,
  )
  const fast = await launch(UNTHROTTLED)
  const stepResults: report.StepResult[] = []
  for (const [dataset, body] of [
    [`real (${real.features.length} clinics)`, undefined],
    [`synthetic (${SYNTHETIC.toLocaleString('en-US')} clinics)`, synthetic],
  ] as const) {
    for (const [kind, action] of [
      ['slider', 'date-slider step'],
      ['filter', 'filter change'],
    ] as const) {
      for (const [name, url] of [
        ['app', app.url],
        ['floor', `${floor.url}floor.html`],
      ] as const) {
        const { context, page } = await openApp(fast, url, body)
        const samples = await timeSteps(page, kind, steps)
        await context.close()
        const summary = (i: 0 | 1): Summary => summarize(samples.map((s) => s[i]))
        stepResults.push({ dataset, action, page: name, toFrame: summary(0), toCommit: summary(1) })
      }
    }
  }
  await fast.close()

  let lighthouse: report.Results['lighthouse'] = { error: 'skipped (--no-lighthouse)' }
  if (!args['no-lighthouse']) {
    log(`Lighthouse: ${lhRuns} runs...`)
    try {
      lighthouse = await runLighthouse(app.url, lhRuns)
    } catch (e) {
      lighthouse = { error: e instanceof Error ? e.message : String(e) }
    }
  }

  results = {
    command: 'npm run bench',
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    clinics: real.features.length,
    machine,
    weights,
    budgets,
    lazyJs,
    firstMarker: {
      app: summarize(times.app),
      floor: summarize(times.floor),
      stack: summarize(times.stack),
    },
    steps: stepResults,
    lighthouse,
    loadEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  }
} finally {
  await app.close()
  await floor.close()
  rmSync(floorDir, { recursive: true, force: true })
}

log('\n## Targets\n')
log(report.targetTable(results))
log('\n## Machine\n')
log(report.machineTable(results))
log('\n## Transfer weight of the first view (gzip -9)\n')
log(report.weightTable(results))
log(`\n${searchOnDemand(DIST)}`)
log('\n## Time to first marker\n')
log(report.firstMarkerTable(results))
log('\n## One step (ms from the input event to paint done)\n')
log(report.stepTable(results))
log('\n## Lighthouse 12 (mobile, simulated throttling)\n')
log(report.lighthouseTable(results))
writeFileSync(args.out, report.markdown(results, { runs, steps, lhRuns }))
log(`\nWrote ${args.out}`)
