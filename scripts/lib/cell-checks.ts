/**
 * Checks every cell of an editor's CSV before any column is read: text is normalised to NFC (so
 * "é" typed two ways is one letter, and search finds it), and a cell is refused when it is too
 * long, starts like a spreadsheet formula, or holds a hidden character. See
 * docs/data-build-hardening.md for the limits and the formula rule.
 */
import type { CsvTable } from './csv.ts'
import { hiddenCharacterProblem } from '../../src/domain/text-rules.ts'

/** Columns that hold a number: decimal digits only, checked where each is read. */
const NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  'lat',
  'lon',
  'coord_year',
  'last_seen_open',
  'value',
])

/** A plain decimal number: `61`, `-93.0784192`. No hex (`0x3D`), no exponent, no spaces. */
export const DECIMAL_RE = /^-?\d+(\.\d+)?$/

/**
 * Spreadsheets run a cell that starts with one of these as a formula (the full-width forms too,
 * which some East Asian spreadsheets accept). Tab and CR are refused as hidden characters.
 */
const FORMULA_START_RE = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/

/** Characters per cell, by column; four to twenty times the longest value in data/ today. */
const LIMITS: Readonly<Record<string, number>> = {
  id: 60,
  name: 120,
  street: 120,
  city: 60,
  coord_source: 400,
  coord_source_url: 2000,
  evidence_reason: 600,
  notes: 1500,
  sources: 8000,
  title: 100,
  caption: 800,
  clinic_ids: 2000,
  picketed_on: 200,
}
const DEFAULT_LIMIT = 100

/** Prose columns whose values may hold line breaks (written as LF). */
const MULTILINE_COLUMNS: ReadonlySet<string> = new Set(['notes', 'caption'])

type Report = (line: number, column: string, message: string) => void

/** The longest a value of this column may be. */
function lengthLimit(column: string): number {
  return LIMITS[column] ?? DEFAULT_LIMIT
}

function cellProblem(column: string, value: string): string | undefined {
  const limit = lengthLimit(column)
  if (value.length > limit)
    return `is ${value.length} characters long, over the limit of ${limit} for ${column}; shorten it`
  if (!NUMBER_COLUMNS.has(column) && FORMULA_START_RE.test(value)) {
    const first = value[0] ?? ''
    return `starts with ${first}, which a spreadsheet runs as a formula; reword it, or write '${first} at its start if it must begin so (the build drops the apostrophe)`
  }
  // Long prose may keep its paragraph breaks (the page runs them together, the download keeps
  // them); everywhere else a line break is a paste accident that splits a name or a date.
  return hiddenCharacterProblem(MULTILINE_COLUMNS.has(column) ? value.replace(/\n/g, ' ') : value)
}

/**
 * Normalises every cell of the table in place (NFC; a leading `'` before a formula character
 * dropped) and reports each cell that cannot be published.
 */
export function checkCells(table: CsvTable, report: Report): void {
  for (const row of table.rows) {
    for (const [column, raw] of Object.entries(row.values)) {
      let value = raw.normalize('NFC')
      if (MULTILINE_COLUMNS.has(column)) value = value.replace(/\r\n?/g, '\n')
      // The escape for a value that must start with = + - @: the editor writes '= and the build
      // publishes =. The public CSV puts the apostrophe back (see public-csv.ts).
      if (value.startsWith("'") && FORMULA_START_RE.test(value.slice(1))) value = value.slice(1)
      else {
        const problem = cellProblem(column, value)
        if (problem) report(row.line, column, problem)
      }
      row.values[column] = value
    }
  }
}
