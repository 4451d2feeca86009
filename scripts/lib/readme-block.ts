/**
 * The coverage block in data/README.md sits between two markers and is rewritten by
 * `npm run data`, so the numbers an editor reads there are computed, never typed.
 */
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { closureLines } from './closure-lines.ts'
import { todoLine } from './report.ts'
import { formatSummary } from './summary.ts'

const START = '<!-- coverage:start (written by npm run data; do not edit) -->'
const END = '<!-- coverage:end -->'

/** Returns the README text with its coverage block replaced; throws if the markers are missing. */
export function withCoverage(readme: string, dataset: Dataset): string {
  const from = readme.indexOf(START)
  const to = readme.indexOf(END)
  if (from < 0 || to < from) throw new Error(`data/README.md needs the markers ${START} and ${END}`)
  const block = [
    '```',
    formatSummary(dataset),
    todoLine(dataset),
    closureLines(dataset),
    '```',
  ].join('\n')
  return `${readme.slice(0, from + START.length)}\n${block}\n${readme.slice(to)}`
}
