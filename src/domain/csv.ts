/**
 * A small RFC 4180 CSV reader that keeps line numbers, so every problem in an editor's file can
 * be reported as `file:LINE column`. Accepts a UTF-8 BOM and CRLF line ends; a quoted field may
 * span lines.
 */

/** One data row: its values by header name and the 1-based line where it starts. */
export interface CsvRow {
  line: number
  values: Record<string, string>
}

/** A problem found while reading, located by line (and column name where there is one). */
export interface CsvProblem {
  line: number
  column?: string
  message: string
}

export interface CsvTable {
  header: string[]
  rows: CsvRow[]
  problems: CsvProblem[]
}

interface RawRecord {
  line: number
  fields: string[]
}

function splitRecords(text: string): { records: RawRecord[]; problems: CsvProblem[] } {
  const records: RawRecord[] = []
  const problems: CsvProblem[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let inQuotes = false
  let quoteLine = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') {
        inQuotes = false
      } else {
        if (ch === '\n') line++
        field += ch
      }
    } else if (ch === '"' && field === '') {
      inQuotes = true
      quoteLine = line
    } else if (ch === ',') {
      fields.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      fields.push(field)
      records.push({ line: recordLine, fields })
      fields = []
      field = ''
      line++
      recordLine = line
    } else {
      field += ch
    }
  }
  if (inQuotes) {
    problems.push({
      line: quoteLine,
      message: 'a quoted value is never closed; add the closing " (the file may be truncated)',
    })
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field)
    records.push({ line: recordLine, fields })
  }
  return { records, problems }
}

/**
 * Reads CSV text with a header row. Blank lines are skipped; a row with the wrong number of
 * fields is reported, not guessed at. `readCsv('a,b\n1,2').rows[0]` is
 * `{ line: 2, values: { a: '1', b: '2' } }`.
 */
export function readCsv(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const { records, problems } = splitRecords(body)
  const nonBlank = records.filter((r) => !(r.fields.length === 1 && r.fields[0]?.trim() === ''))
  const headerRecord = nonBlank[0]
  if (!headerRecord) {
    return {
      header: [],
      rows: [],
      problems: [
        { line: 1, message: 'the file is empty; it needs a header row and at least one row' },
      ],
    }
  }
  const header = headerRecord.fields.map((h) => h.trim())
  const rows: CsvRow[] = []
  for (const record of nonBlank.slice(1)) {
    if (record.fields.length !== header.length) {
      const hint =
        header.length > 1 && record.fields.length === 1
          ? '; is the file separated by commas? (semicolons or tabs are not read)'
          : '; a value holding a comma must be in double quotes'
      // Name the first column that has no value (or the last one, when there are too many).
      const column = header[Math.min(record.fields.length, header.length - 1)]
      problems.push({
        line: record.line,
        ...(column === undefined ? {} : { column }),
        message: `has ${record.fields.length} values but the header has ${header.length}${hint}`,
      })
      continue
    }
    const values: Record<string, string> = {}
    header.forEach((name, i) => {
      values[name] = record.fields[i] ?? ''
    })
    rows.push({ line: record.line, values })
  }
  return { header, rows, problems }
}

/** Quotes a value for CSV output when it needs it. `csvField('a,b')` is `'"a,b"'`. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
