/**
 * `npm run data`: checks data/*.csv and publishes data/clinics.geojson, the coverage block of
 * data/README.md and the public download data/download/clinics.csv. On any problem it prints
 * every one and exits 1, leaving the published files byte for byte untouched.
 *
 * Builds are serialised by data/.build.lock, and the three files are published as one unit
 * (scripts/lib/atomic-write.ts): a kill at any moment leaves them all old or all new once the
 * next build or check has run its recovery step. See docs/data-build-hardening.md.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Dataset } from '../src/domain/clinic-schema.ts'
import { publishTogether, recoverInterruptedBuild, type StepHook } from './lib/atomic-write.ts'
import { acquireBuildLock, BuildLockedError } from './lib/build-lock.ts'
import { buildDataset, type BuildInput } from './lib/build-dataset.ts'
import { readCommitted, unloggedChangeWarning } from './lib/change-warning.ts'
import { loadGazetteer } from './lib/gazetteer.ts'
import { withCoverage } from './lib/readme-block.ts'
import { formatSummary } from './lib/summary.ts'

/** The generated files, relative to the data folder; the order they are renamed in. */
export const OUTPUTS = {
  geojson: 'clinics.geojson',
  readme: 'README.md',
  download: 'download/clinics.csv',
} as const
const INPUT_NAMES = [
  'clinics.csv',
  'events.csv',
  'reported.csv',
  'blocked-hosts.txt',
  'changes.csv',
] as const

export interface BuildOptions {
  /** The build's date (default today, UTC): the end of the date window. */
  today?: string
  /** How long to wait for a running build before stopping (default 20 s). */
  lockWaitMs?: number
  /** Test hook at each publishing step (see atomic-write.ts). */
  step?: StepHook
  /** Test hook after the inputs are read, to make a build slow. */
  afterRead?: () => void
}

const shown = (path: string) => relative(process.cwd(), path) || path

/** What the build reads from a data folder (also used by `npm run data:report`). */
export function readInputs(dataDir: string, today?: string): BuildInput {
  const read = (name: string) => {
    const path = join(dataDir, name)
    return { file: shown(path) || name, text: readFileSync(path, 'utf8') }
  }
  return {
    clinics: read('clinics.csv'),
    events: read('events.csv'),
    reported: read('reported.csv'),
    gazetteer: loadGazetteer(),
    ...(existsSync(join(dataDir, 'blocked-hosts.txt'))
      ? { blockedHosts: read('blocked-hosts.txt') }
      : {}),
    ...(existsSync(join(dataDir, 'changes.csv')) ? { changes: read('changes.csv') } : {}),
    ...(today ? { today } : {}),
  }
}

/** Every file the build reads, as text ('' when absent), to see whether one changed meanwhile. */
function snapshot(dataDir: string): string[] {
  return [...INPUT_NAMES, OUTPUTS.readme].map((n) => {
    const path = join(dataDir, n)
    return existsSync(path) ? readFileSync(path, 'utf8') : ''
  })
}

/** The exact bytes of the GeoJSON: two-space JSON and a final newline, so diffs stay readable. */
export function serialize(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}

/** Runs `work` holding the lock, after finishing any build a crash interrupted. */
function locked(
  dataDir: string,
  out: (line: string) => void,
  waitMs: number,
  work: (isHeld: () => boolean) => boolean,
): boolean {
  let lock
  try {
    lock = acquireBuildLock(dataDir, waitMs, out)
  } catch (error) {
    if (!(error instanceof BuildLockedError)) throw error
    out(error.message)
    return false
  }
  try {
    for (const line of recoverInterruptedBuild(dataDir, Object.values(OUTPUTS))) out(line)
    return work(lock.isHeld)
  } finally {
    lock.release()
  }
}

export function runBuild(
  dataDir: string,
  out: (line: string) => void = console.log,
  options: BuildOptions = {},
): boolean {
  return locked(dataDir, out, options.lockWaitMs ?? 20_000, (isHeld) => {
    const before = snapshot(dataDir)
    const result = buildDataset(readInputs(dataDir, options.today))
    options.afterRead?.()
    const target = join(dataDir, OUTPUTS.geojson)
    if (!result.ok) {
      for (const p of result.problems) out(p)
      out(`\n${result.problems.length} problem(s); ${shown(target)} was left as it was.`)
      return false
    }
    const readme = join(dataDir, OUTPUTS.readme)
    const outputs = [
      { name: OUTPUTS.geojson, text: serialize(result.dataset) },
      ...(existsSync(readme)
        ? [
            {
              name: OUTPUTS.readme,
              text: withCoverage(readFileSync(readme, 'utf8'), result.dataset),
            },
          ]
        : []),
      { name: OUTPUTS.download, text: result.download },
    ]
    // A file edited while this build ran would be overwritten by what it read before: stop.
    if (snapshot(dataDir).some((text, i) => text !== before[i])) {
      out(
        `A data file changed while the build ran; ${shown(target)} was left as it was. Run npm run data again.`,
      )
      return false
    }
    if (!isHeld()) {
      out(
        `${shown(join(dataDir, '.build.lock'))} was taken by another build; nothing was written. Run npm run data again.`,
      )
      return false
    }
    const warning = unloggedChangeWarning(readCommitted(target), result.dataset)
    publishTogether(dataDir, outputs, options.step)
    out(formatSummary(result.dataset))
    if (warning) out(warning)
    out(
      `Wrote ${shown(target)}, the coverage block of ${shown(readme)} and ${shown(join(dataDir, OUTPUTS.download))}.`,
    )
    return true
  })
}

/** `--check`: builds in memory and fails when a published file is not what the CSVs give. */
export function checkBuild(
  dataDir: string,
  out: (line: string) => void = console.log,
  options: BuildOptions = {},
): boolean {
  return locked(dataDir, out, options.lockWaitMs ?? 20_000, () => {
    const result = buildDataset(readInputs(dataDir, options.today))
    if (!result.ok) {
      for (const p of result.problems) out(p)
      return false
    }
    const read = (name: string) => {
      const path = join(dataDir, name)
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined
    }
    if (read(OUTPUTS.geojson) !== serialize(result.dataset)) {
      out(`${join(dataDir, OUTPUTS.geojson)} is out of date: run \`npm run data\` and commit it.`)
      return false
    }
    const readme = read(OUTPUTS.readme)
    if (readme !== undefined && readme !== withCoverage(readme, result.dataset)) {
      out(
        `${join(dataDir, OUTPUTS.readme)}: its coverage block is out of date: run \`npm run data\` and commit it.`,
      )
      return false
    }
    if (read(OUTPUTS.download) !== result.download) {
      out(`${join(dataDir, OUTPUTS.download)} is out of date: run \`npm run data\` and commit it.`)
      return false
    }
    out(`${join(dataDir, OUTPUTS.geojson)} is in sync with the CSV files.`)
    return true
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const dir = args.find((a) => !a.startsWith('--')) ?? 'data'
  const ok = args.includes('--check') ? checkBuild(dir) : runBuild(dir)
  process.exitCode = ok ? 0 : 1
}
