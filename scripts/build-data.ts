/**
 * `npm run data`: checks data/*.csv and writes data/clinics.geojson. On any problem it prints
 * every one and exits 1, leaving the existing GeoJSON byte-for-byte untouched (the new file is
 * written beside it and renamed into place only on success).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Dataset } from '../src/domain/clinic-schema.ts'
import { buildDataset, type BuildInput } from './lib/build-dataset.ts'
import { readCommitted, unloggedChangeWarning } from './lib/change-warning.ts'
import { loadGazetteer } from './lib/gazetteer.ts'
import { withCoverage } from './lib/readme-block.ts'
import { formatSummary } from './lib/summary.ts'

export function inputs(dataDir: string): BuildInput {
  const read = (name: string) => {
    const path = join(dataDir, name)
    return { file: relative(process.cwd(), path) || name, text: readFileSync(path, 'utf8') }
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
    today: new Date().toISOString().slice(0, 10),
  }
}

/** The file's exact bytes: two-space JSON and a final newline, so diffs stay readable. */
export function serialize(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}

/** Writes beside the target and renames, so a crash never leaves half a file. */
function writeAtomically(target: string, text: string) {
  const temp = `${target}.${process.pid}.tmp`
  writeFileSync(temp, text)
  renameSync(temp, target)
}

export function runBuild(dataDir: string, out: (line: string) => void = console.log): boolean {
  const result = buildDataset(inputs(dataDir))
  const target = join(dataDir, 'clinics.geojson')
  if (!result.ok) {
    for (const p of result.problems) out(p)
    out(
      `\n${result.problems.length} problem(s); ${relative(process.cwd(), target)} was left as it was.`,
    )
    return false
  }
  const warning = unloggedChangeWarning(readCommitted(target), result.dataset)
  writeAtomically(target, serialize(result.dataset))
  const readme = join(dataDir, 'README.md')
  if (existsSync(readme))
    writeAtomically(readme, withCoverage(readFileSync(readme, 'utf8'), result.dataset))
  out(formatSummary(result.dataset))
  if (warning) out(warning)
  out(`Wrote ${relative(process.cwd(), target)}.`)
  return true
}

/** `--check`: builds in memory and fails when data/clinics.geojson is not what the CSVs give. */
export function checkBuild(dataDir: string, out: (line: string) => void = console.log): boolean {
  const result = buildDataset(inputs(dataDir))
  if (!result.ok) {
    for (const p of result.problems) out(p)
    return false
  }
  const committed = readFileSync(join(dataDir, 'clinics.geojson'), 'utf8')
  if (committed !== serialize(result.dataset)) {
    out(`${join(dataDir, 'clinics.geojson')} is out of date: run \`npm run data\` and commit it.`)
    return false
  }
  const readme = join(dataDir, 'README.md')
  if (existsSync(readme)) {
    const text = readFileSync(readme, 'utf8')
    if (text !== withCoverage(text, result.dataset)) {
      out(`${readme}: its coverage block is out of date: run \`npm run data\` and commit it.`)
      return false
    }
  }
  out(`${join(dataDir, 'clinics.geojson')} is in sync with the CSV files.`)
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const dir = args.find((a) => !a.startsWith('--')) ?? 'data'
  const ok = args.includes('--check') ? checkBuild(dir) : runBuild(dir)
  process.exitCode = ok ? 0 : 1
}
