/**
 * A small RFC 4180 CSV reader that keeps line numbers, so every problem in an editor's file can
 * be reported as `file:LINE column`. Accepts a UTF-8 BOM and CRLF line ends; a quoted field may
 * span lines. The mistakes a spreadsheet export makes (another separator, another encoding, a
 * bare quote inside quotes) are reported as such rather than read as garbled values.
 */

/** One data row: its values by header name and the 1-based line where it starts. */
export interface CsvRow {
  line: number
  values: Record<string, string>
}

/** A problem found while reading, located by line (and column name where there is one). */
interface CsvProblem {
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

/** A problem inside a record; `field` is the value's index, named once the header is read. */
interface RawProblem extends CsvProblem {
  field?: number
}

function splitRecords(text: string): {
  records: RawRecord[]
  problems: RawProblem[]
  unclosedLine?: number
} {
  const records: RawRecord[] = []
  const problems: RawProblem[] = []
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
        // RFC 4180: after the closing quote comes a comma or the line end. Anything else means
        // a quote inside the value was not doubled, and the value would be read mangled.
        const after = text[i + 1]
        if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r')
          problems.push({
            line,
            field: fields.length,
            message: 'has a " inside a quoted value; write it twice ("") or remove it',
          })
      } else {
        // A line inside a quoted value ends at LF, CRLF (counted once) or a lone CR (old Mac
        // exports), as it does outside quotes.
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++
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
  return { records, problems, ...(inQuotes ? { unclosedLine: recordLine } : {}) }
}

/** Whole-file mistakes that would otherwise surface as dozens of misleading column errors. */
function fileProblem(text: string, header: readonly string[]): string | undefined {
  // UTF-16 ("Unicode text" in Excel) read as UTF-8 puts a NUL after every ASCII character.
  if (text.includes('\u0000'))
    return 'the file is not UTF-8 text (it looks like UTF-16 "Unicode text"); save it as "CSV UTF-8 (comma delimited)"'
  const only = header.length === 1 ? (header[0] ?? '') : ''
  const separator = only.includes(';') ? 'semicolons' : only.includes('\t') ? 'tabs' : undefined
  if (separator)
    return `the file is separated by ${separator}, not commas; save it as "CSV UTF-8 (comma delimited)"`
  return undefined
}

/** Every header name given twice: `notes appears twice in the header (columns 24 and 27)`. */
function duplicateColumns(header: readonly string[], line: number): CsvProblem[] {
  const out: CsvProblem[] = []
  header.forEach((name, i) => {
    const first = header.indexOf(name)
    if (first !== i && name !== '')
      out.push({
        line,
        column: name,
        message: `appears twice in the header (columns ${first + 1} and ${i + 1}); delete one of the two columns, keeping the one with the values`,
      })
  })
  return out
}

function named(p: RawProblem, header: readonly string[]): CsvProblem {
  const column = p.field === undefined ? undefined : header[Math.min(p.field, header.length - 1)]
  return { line: p.line, ...(column === undefined ? {} : { column }), message: p.message }
}

/**
 * Reads CSV text with a header row. Blank lines are skipped; a row with the wrong number of
 * fields is reported, not guessed at. `readCsv('a,b\n1,2').rows[0]` is
 * `{ line: 2, values: { a: '1', b: '2' } }`.
 */
export function readCsv(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const split = splitRecords(body)
  const nonBlank = split.records.filter(
    (r) => !(r.fields.length === 1 && r.fields[0]?.trim() === ''),
  )
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
  const whole = fileProblem(body, header)
  if (whole) return { header: [], rows: [], problems: [{ line: 1, message: whole }] }
  const doubled = duplicateColumns(header, headerRecord.line)
  // A column named twice would keep only its last values and wipe the first: read no rows.
  if (doubled.length > 0) return { header, rows: [], problems: doubled }
  const problems = split.problems.map((p) =>
    p.line > headerRecord.line ? named(p, header) : { line: p.line, message: p.message },
  )
  const rows: CsvRow[] = []
  for (const record of nonBlank.slice(1)) {
    if (record.fields.map((f) => f.trim()).join(',') === header.join(',')) {
      problems.push({ line: record.line, message: 'repeats the header row; delete this line' })
      continue
    }
    // The unclosed quote has been reported; a count of values would only repeat it.
    if (record.line === split.unclosedLine && record.fields.length !== header.length) continue
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
      const value = record.fields[i] ?? ''
      values[name] = value
      // U+FFFD is what bytes that are not UTF-8 become (a Windows "CSV (comma delimited)" export).
      if (value.includes('\uFFFD'))
        problems.push({
          line: record.line,
          column: name,
          message:
            'holds a character that is not UTF-8 (shown as \uFFFD); save the file as "CSV UTF-8 (comma delimited)" and retype it',
        })
    })
    rows.push({ line: record.line, values })
  }
  return { header, rows, problems }
}

/** Quotes a value for CSV output when it needs it. `csvField('a,b')` is `'"a,b"'`. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
