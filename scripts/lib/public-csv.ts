/**
 * The "Download the data (CSV)" file readers get, written by the build from the checked rows,
 * never copied from the editor's file: any value a spreadsheet would run as a formula gets a
 * leading apostrophe (the OWASP "CSV injection" advice), so opening the download in Excel,
 * LibreOffice or Google Sheets shows text, never runs it. Plain numbers (-93.0784192) stay numbers.
 */
import { csvField, type CsvRow } from './csv.ts'
import { DECIMAL_RE } from './cell-checks.ts'

const FORMULA_START_RE = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/

/** `formulaSafe('=1+1')` is `"'=1+1"`; `formulaSafe('-93.07')` stays `'-93.07'`. */
export function formulaSafe(value: string): string {
  return !DECIMAL_RE.test(value) && FORMULA_START_RE.test(value) ? `'${value}` : value
}

/** The CSV text: the header, then each row in the editor's order, LF line ends. */
export function publicCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  const line = (cells: string[]) => cells.map((c) => csvField(formulaSafe(c))).join(',')
  return [line([...columns]), ...rows.map((r) => line(columns.map((c) => r.values[c] ?? '')))]
    .map((l) => `${l}\n`)
    .join('')
}
