/**
 * Before a re-run of `npm run mutate` (or a part run) after new tests: drops the "survived" and
 * "no coverage" results from Stryker's incremental files, which Stryker would otherwise reuse
 * even when a new test now covers the mutant. Killed results stay (Stryker re-tests those itself
 * when their killing test changes). Usage: `tsx scripts/mutation-retest.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const DIR = 'reports/mutation'
for (const name of readdirSync(DIR).filter((f) => f.endsWith('-incremental.json'))) {
  const path = join(DIR, name)
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    files: Record<string, { mutants: { status: string }[] }>
  }
  let dropped = 0
  for (const file of Object.values(report.files)) {
    const kept = file.mutants.filter((m) => m.status !== 'Survived' && m.status !== 'NoCoverage')
    dropped += file.mutants.length - kept.length
    file.mutants = kept
  }
  writeFileSync(path, JSON.stringify(report))
  console.log(`${path}: ${dropped} results dropped, to be tested again`)
}
