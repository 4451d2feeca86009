/**
 * data/changes.csv, the dated log of what changed in the data, checked row by row: a real day
 * neither before the dispute nor in the future, clinic ids that exist, https sources. Published
 * newest first as the GeoJSON's `changes` member. Pure: the caller reads the file.
 */
import { ChangeSchema, type Change } from '../../src/domain/clinic-schema.ts'
import { readCsv } from './csv.ts'

const CHANGE_COLUMNS = ['date', 'clinic_ids', 'what_changed', 'sources'] as const

/** No change to this data can predate the dispute it maps (the union petition, August 2023). */
const FIRST_CHANGE_DAY = '2023-08-01'

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * The change log, or problems as `file:LINE column: ...`. `ids` is undefined when no clinic row
 * could be read (then no id is judged unknown); `today` (YYYY-MM-DD) rules out future dates.
 */
export function readChanges(
  source: { file: string; text: string },
  ids: ReadonlySet<string> | undefined,
  today: string | undefined,
  problems: string[],
): Change[] {
  const table = readCsv(source.text)
  const report = (line: number, column: string, message: string) =>
    problems.push(`${source.file}:${line} ${column}: ${message}`)
  for (const p of table.problems) report(p.line, p.column ?? 'row', p.message)
  const header = CHANGE_COLUMNS.join(',')
  const missing = CHANGE_COLUMNS.filter((c) => !table.header.includes(c))
  const extra = table.header.filter((c) => !(CHANGE_COLUMNS as readonly string[]).includes(c))
  for (const c of missing) report(1, c, `column is missing; the header must be: ${header}`)
  for (const c of extra) report(1, c, `unknown column; the header must be: ${header}`)
  if (missing.length > 0) return []
  const out: Change[] = []
  for (const row of table.rows) {
    const v = row.values
    const parsed = ChangeSchema.safeParse({
      date: v.date,
      clinic_ids: list(v.clinic_ids),
      what_changed: v.what_changed,
      sources: list(v.sources),
    })
    if (!parsed.success) {
      for (const i of parsed.error.issues) report(row.line, String(i.path[0] ?? 'row'), i.message)
      continue
    }
    const c = parsed.data
    let ok = true
    if (c.date < FIRST_CHANGE_DAY) {
      report(
        row.line,
        'date',
        `is before ${FIRST_CHANGE_DAY}, when the dispute began; check the year`,
      )
      ok = false
    }
    if (today && c.date > today) {
      report(row.line, 'date', `is after today (${today}); date a change on the day it was made`)
      ok = false
    }
    for (const id of c.clinic_ids)
      if (ids && !ids.has(id)) {
        report(
          row.line,
          'clinic_ids',
          `names ${id}, which is not an id in the clinics file; for a removed clinic, leave it out here and name it in what_changed`,
        )
        ok = false
      }
    if (ok) out.push(c)
  }
  // Newest first, as a reader scans a log; a stable sort keeps same-day entries in file order.
  return out.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0))
}
