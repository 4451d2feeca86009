/**
 * Reads data/reported.csv: the published totals (61 clinics, 600 clinicians, 5 closures). Each
 * measure must appear exactly once with a whole number written in digits: an empty value is not
 * 0, `0x3D` is not 61, and a second row is a conflict to resolve, not a value that wins.
 */
import type { CsvTable } from './csv.ts'
import { DECIMAL_RE } from './cell-checks.ts'

const MEASURES = ['clinics_struck', 'clinics_closed', 'clinicians_struck'] as const
export type Measure = (typeof MEASURES)[number]

export interface MeasureValue {
  value: number
  sources: string[]
}

type Report = (line: number, column: string, message: string) => void

/** The three measures, or undefined when any is missing or wrong (each problem reported). */
export function readMeasures(
  table: CsvTable,
  list: (value: string, line: number, column: string) => string[],
  report: Report,
): Record<Measure, MeasureValue> | undefined {
  const found = new Map<string, { line: number; value: MeasureValue }>()
  let ok = true
  for (const row of table.rows) {
    const name = row.values.measure ?? ''
    // `<measure>_disagreeing` rows are a source's other count (disagreeing-measures.ts).
    if (name.endsWith('_disagreeing')) continue
    const raw = row.values.value ?? ''
    const sources = list(row.values.sources ?? '', row.line, 'sources')
    const first = found.get(name)
    if (!(MEASURES as readonly string[]).includes(name)) {
      report(row.line, 'measure', `is not a known measure; use one of ${MEASURES.join(', ')}`)
      ok = false
    } else if (first) {
      report(
        row.line,
        'measure',
        `${name} is already given on line ${first.line}; keep one row per measure`,
      )
      ok = false
    } else if (raw === '') {
      report(row.line, 'value', 'is empty; give the reported number in digits, such as 61')
      ok = false
    } else if (!DECIMAL_RE.test(raw) || raw.includes('.') || raw.startsWith('-')) {
      report(row.line, 'value', 'must be a whole number written in digits, such as 61')
      ok = false
    } else if (sources.length === 0) {
      report(row.line, 'sources', 'is empty; give the reports this number comes from')
      ok = false
    }
    if (!first) found.set(name, { line: row.line, value: { value: Number(raw), sources } })
  }
  for (const name of MEASURES)
    if (!found.has(name)) {
      report(1, 'measure', `the row ${name} is missing; add it with its value and sources`)
      ok = false
    }
  if (!ok) return undefined
  const get = (name: Measure) => found.get(name)?.value ?? { value: 0, sources: [] }
  return {
    clinics_struck: get('clinics_struck'),
    clinics_closed: get('clinics_closed'),
    clinicians_struck: get('clinicians_struck'),
  }
}
