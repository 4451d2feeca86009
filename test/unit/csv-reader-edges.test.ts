/**
 * The CSV reader's edges that the whole-build tests reach only through a build: a byte-order
 * mark, a last line without its newline, an unclosed quote in the header or in a row, a first
 * empty value, a semicolon inside one of several column names, empty column names, and the
 * shape of a refusal. Expected tables typed by hand from each text.
 */
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../scripts/lib/csv.ts'

const NEVER_CLOSED = 'a quoted value is never closed; add the closing " (the file may be truncated)'

describe('readCsv edges', () => {
  it('drops a byte-order mark at the start only', () => {
    expect(readCsv('\uFEFFid,name\nx,Ada').header).toEqual(['id', 'name'])
    expect(readCsv('id,name\nx,Ada\uFEFF').rows[0]?.values).toEqual({ id: 'x', name: 'Ada\uFEFF' })
  })

  it('keeps a last line that has no newline, even one value or an empty last value', () => {
    expect(readCsv('a\nx').rows).toEqual([{ line: 2, values: { a: 'x' } }])
    expect(readCsv('a,b\n1,').rows).toEqual([{ line: 2, values: { a: '1', b: '' } }])
    expect(readCsv('a,b\n,x').rows).toEqual([{ line: 2, values: { a: '', b: 'x' } }])
  })

  it('reports an unclosed quote once: on the header line without a column, in a row with the row kept when it is whole', () => {
    expect(readCsv('a,"b\n1,2').problems).toEqual([{ line: 1, message: NEVER_CLOSED }])
    expect(readCsv('a,b,c\n1,"x')).toEqual({
      header: ['a', 'b', 'c'],
      rows: [],
      problems: [{ line: 2, message: NEVER_CLOSED }],
    })
    expect(readCsv('a,b\n1,"x').rows).toEqual([{ line: 2, values: { a: '1', b: 'x' } }])
  })

  it('reads a semicolon inside one of several column names as part of the name', () => {
    expect(readCsv('note;x,b\n1,2')).toEqual({
      header: ['note;x', 'b'],
      rows: [{ line: 2, values: { 'note;x': '1', b: '2' } }],
      problems: [],
    })
  })

  it('does not call two empty column names a doubled column', () => {
    expect(readCsv('a,,,b\n1,2,3,4').problems).toEqual([])
  })

  it('returns no header and no rows with a whole-file refusal', () => {
    expect(readCsv('')).toEqual({
      header: [],
      rows: [],
      problems: [
        { line: 1, message: 'the file is empty; it needs a header row and at least one row' },
      ],
    })
    const semicolons = readCsv('a;b\n1;2')
    expect([semicolons.header, semicolons.rows]).toEqual([[], []])
  })
})
