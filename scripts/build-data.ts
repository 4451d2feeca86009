/**
 * `npm run data`: checks data/*.csv and writes data/clinics.geojson. On any problem it prints
 * every one and exits 1, leaving the existing GeoJSON byte-for-byte untouched (the new file is
 * written beside it and renamed into place only on success).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { buildDataset } from './lib/build-dataset.ts'
import { loadGazetteer } from './lib/gazetteer.ts'
import { formatSummary } from './lib/summary.ts'

export function runBuild(dataDir: string, out: (line: string) => void = console.log): boolean {
  const read = (name: string) => {
    const path = join(dataDir, name)
    return { file: relative(process.cwd(), path) || name, text: readFileSync(path, 'utf8') }
  }
  const result = buildDataset({
    clinics: read('clinics.csv'),
    events: read('events.csv'),
    reported: read('reported.csv'),
    gazetteer: loadGazetteer(),
  })
  const target = join(dataDir, 'clinics.geojson')
  if (!result.ok) {
    for (const p of result.problems) out(p)
    out(`\n${result.problems.length} problem(s); ${relative(process.cwd(), target)} was left as it was.`)
    return false
  }
  const temp = `${target}.${process.pid}.tmp`
  writeFileSync(temp, `${JSON.stringify(result.dataset, null, 2)}\n`)
  renameSync(temp, target)
  out(formatSummary(result.dataset))
  out(`Wrote ${relative(process.cwd(), target)}.`)
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'data'
  process.exitCode = runBuild(dir) ? 0 : 1
}
