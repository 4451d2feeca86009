/**
 * `npm run data:report [dir]`: prints the editor's to-do list (see scripts/lib/report.ts). It
 * builds the dataset from the CSV files in memory, exactly as `npm run data` does, so the list
 * reflects edits not yet built; it writes nothing.
 */
import { readInputs } from './build-data.ts'
import { buildDataset } from './lib/build-dataset.ts'
import { formatReport } from './lib/report.ts'

/** Prints the report for the CSV files in `dataDir`; false (after listing why) if they do not build. */
export function runReport(dataDir: string, out: (line: string) => void = console.log): boolean {
  // The same files as npm run data, blocked-host list and change log included.
  const result = buildDataset(readInputs(dataDir))
  if (!result.ok) {
    for (const p of result.problems) out(p)
    out(`\n${result.problems.length} problem(s): fix them (npm run data lists the same) first.`)
    return false
  }
  for (const line of formatReport(result.dataset)) out(line)
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'data'
  process.exitCode = runReport(dir) ? 0 : 1
}
