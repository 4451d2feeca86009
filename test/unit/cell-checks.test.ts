/**
 * Every cell of an editor's CSV, checked before any column is read (scripts/lib/cell-checks.ts):
 * NFC text, paragraph breaks kept only in prose columns, the '= escape for a value that must
 * start like a formula, per-column length limits. Tables are built by hand, one row a case.
 */
import { describe, expect, it } from 'vitest'
import { checkCells, DECIMAL_RE } from '../../scripts/lib/cell-checks.ts'
import type { CsvTable } from '../../scripts/lib/csv.ts'

function check(values: Record<string, string>, line = 2) {
  const table: CsvTable = { header: Object.keys(values), rows: [{ line, values }], problems: [] }
  const problems: string[] = []
  checkCells(table, (l, column, message) => problems.push(`${l} ${column}: ${message}`))
  return { values: table.rows[0]?.values, problems }
}

const FORMULA = (ch: string) =>
  `starts with ${ch}, which a spreadsheet runs as a formula; reword it, or write '${ch} at its start if it must begin so (the build drops the apostrophe)`

describe('checkCells', () => {
  it('normalises text to NFC in place', () => {
    const r = check({ name: 'Cafe\u0301 clinic', city: 'Saint Paul' })
    expect(r.values).toEqual({ name: 'Caf\u00e9 clinic', city: 'Saint Paul' })
    expect(r.problems).toEqual([])
  })

  it('checks every row and reports each under its own line', () => {
    const table: CsvTable = {
      header: ['name'],
      rows: [
        { line: 2, values: { name: 'ok' } },
        { line: 5, values: { name: '=bad' } },
      ],
      problems: [],
    }
    const seen: [number, string, string][] = []
    checkCells(table, (l, c, m) => seen.push([l, c, m]))
    expect(seen).toEqual([[5, 'name', FORMULA('=')]])
  })

  it('refuses a cell that starts like a formula, full-width forms too', () => {
    for (const ch of ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'])
      expect(check({ notes: `${ch}SUM(A1)` }).problems, ch).toEqual([`2 notes: ${FORMULA(ch)}`])
    expect(check({ notes: 'a = b' }).problems).toEqual([])
  })

  it('lets a number column start with a minus sign', () => {
    for (const column of ['lat', 'lon', 'coord_year', 'last_seen_open', 'value'])
      expect(check({ [column]: '-93.0784192' }).problems, column).toEqual([])
  })

  it("drops the apostrophe of the '= escape, and keeps any other leading apostrophe", () => {
    expect(check({ notes: "'=Q3 numbers" })).toEqual({
      values: { notes: '=Q3 numbers' },
      problems: [],
    })
    expect(check({ notes: "'-5 degrees" }).values).toEqual({ notes: '-5 degrees' })
    expect(check({ name: 'A-1 Clinic', notes: 'x+y, @home' })).toEqual({
      values: { name: 'A-1 Clinic', notes: 'x+y, @home' },
      problems: [],
    })
    expect(check({ notes: "'tis the season" })).toEqual({
      values: { notes: "'tis the season" },
      problems: [],
    })
  })

  it('holds each column to its length limit, 100 characters where none is set', () => {
    expect(check({ id: 'a'.repeat(60) }).problems).toEqual([])
    expect(check({ id: 'a'.repeat(61) }).problems).toEqual([
      '2 id: is 61 characters long, over the limit of 60 for id; shorten it',
    ])
    expect(check({ notes: 'a'.repeat(1500) }).problems).toEqual([])
    expect(check({ notes: 'a'.repeat(1501) }).problems).toEqual([
      '2 notes: is 1501 characters long, over the limit of 1500 for notes; shorten it',
    ])
    expect(check({ street_2: 'a'.repeat(100) }).problems).toEqual([])
    expect(check({ street_2: 'a'.repeat(101) }).problems).toEqual([
      '2 street_2: is 101 characters long, over the limit of 100 for street_2; shorten it',
    ])
  })

  it('reports the length before the formula start', () => {
    expect(check({ id: `=${'a'.repeat(60)}` }).problems).toEqual([
      '2 id: is 61 characters long, over the limit of 60 for id; shorten it',
    ])
  })

  it('keeps paragraph breaks in notes and captions (as LF), and refuses them elsewhere', () => {
    expect(check({ notes: 'one\r\ntwo\rthree\nfour' })).toEqual({
      values: { notes: 'one\ntwo\nthree\nfour' },
      problems: [],
    })
    expect(check({ caption: 'one\r\ntwo' })).toEqual({
      values: { caption: 'one\ntwo' },
      problems: [],
    })
    const name = check({ name: 'Allina\r\nClinic' })
    expect(name.values).toEqual({ name: 'Allina\r\nClinic' })
    expect(name.problems).toHaveLength(1)
    expect(name.problems[0]).toMatch(/^2 name: holds a line break after "Allina"/)
  })

  it('still refuses a hidden character inside prose', () => {
    // The break reads as a space in the quoted context, as the page runs paragraphs together.
    expect(check({ notes: 'first\nsecond\u202e' }).problems).toEqual([
      '2 notes: holds a bidi control character (U+202E) after "first second", which can make the text display in a misleading order; delete it',
    ])
  })
})

describe('DECIMAL_RE', () => {
  it('takes plain decimal numbers only', () => {
    for (const v of ['61', '-93.0784192', '0', '44.9']) expect(DECIMAL_RE.test(v), v).toBe(true)
    for (const v of ['0x3D', '1e3', ' 61', '61 ', '+61', '4.', '.5', '', '6,1'])
      expect(DECIMAL_RE.test(v), v).toBe(false)
  })
})
