/**
 * Rows of data/reported.csv named `<measure>_disagreeing`: a count one source gives that the
 * dataset does not use (FOX 9's 56 clinics against everyone else's 61). Published beside the
 * measure so the page can say that sources disagree, instead of the number quietly vanishing.
 */
import type { CsvRow } from './csv.ts'

const MEASURES = ['clinics_struck', 'clinics_closed', 'clinicians_struck'] as const

export interface DisagreeingMeasure {
  measure: (typeof MEASURES)[number]
  value: number
  sources: string[]
  note: string
}

/** The disagreeing rows, or problems as `file:LINE column: ...`. */
export function disagreeingMeasures(
  rows: readonly CsvRow[],
  file: string,
  problems: string[],
): DisagreeingMeasure[] {
  const out: DisagreeingMeasure[] = []
  for (const row of rows) {
    const name = row.values.measure ?? ''
    if (!name.endsWith('_disagreeing')) continue
    const measure = MEASURES.find((m) => `${m}_disagreeing` === name)
    const value = row.values.value ?? ''
    const sources = (row.values.sources ?? '').split(';').filter((s) => s.trim() !== '')
    const note = (row.values.notes ?? '').trim()
    const problem = (column: string, message: string) =>
      problems.push(`${file}:${row.line} ${column}: ${message}`)
    if (!measure)
      problem('measure', `must be one of ${MEASURES.map((m) => `${m}_disagreeing`).join(', ')}`)
    // Digits only, as for the totals: Number() would read an empty cell as 0 and 0x38 as 56.
    else if (!/^\d+$/.test(value)) problem('value', 'must be a whole number')
    else if (sources.length === 0)
      problem('sources', 'is empty; give the report that gives this number')
    else if (note === '')
      problem('notes', 'is empty; say who gives this number, when, and why it is not used')
    else out.push({ measure, value: Number(value), sources: sources.map((s) => s.trim()), note })
  }
  return out
}
