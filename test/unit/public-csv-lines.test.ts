/**
 * The download file itself (scripts/lib/public-csv.ts) on hand-made rows, without a build: the
 * header, rows in the given order, LF ends, a missing cell written empty, quoting, and the
 * apostrophe before anything a spreadsheet would run (never before a plain number).
 */
import { describe, expect, it } from 'vitest'
import { formulaSafe, publicCsv } from '../../scripts/lib/public-csv.ts'

describe('publicCsv', () => {
  it('writes the header, then each row in order, every line ended by LF', () => {
    const rows = [
      { line: 3, values: { id: 'b', lat: '44.9', notes: 'two, with a comma' } },
      { line: 2, values: { id: 'a', lat: '-93.0784192', notes: 'says "hi"' } },
    ]
    expect(publicCsv(['id', 'lat', 'notes'], rows)).toBe(
      'id,lat,notes\nb,44.9,"two, with a comma"\na,-93.0784192,"says ""hi"""\n',
    )
  })

  it('writes only the columns asked for, in their order, and a missing cell as empty', () => {
    const rows = [{ line: 2, values: { id: 'a', city: 'Eagan', extra: 'x' } }]
    expect(publicCsv(['city', 'id', 'zip'], rows)).toBe('city,id,zip\nEagan,a,\n')
  })

  it('escapes a formula in a cell, and in the header too', () => {
    const rows = [{ line: 2, values: { '=x': '=1+1', n: '-5', t: '+cmd' } }]
    expect(publicCsv(['=x', 'n', 't'], rows)).toBe(`'=x,n,t\n'=1+1,-5,'+cmd\n`)
  })

  it('is just the header for no rows', () => {
    expect(publicCsv(['id', 'name'], [])).toBe('id,name\n')
  })
})

describe('formulaSafe (each start)', () => {
  it('puts an apostrophe before = + - @, tab, CR, LF and their full-width forms', () => {
    for (const ch of ['=', '+', '-', '@', '\t', '\r', '\n', '\uff1d', '\uff0b', '\uff0d', '\uff20'])
      expect(formulaSafe(`${ch}A1`), JSON.stringify(ch)).toBe(`'${ch}A1`)
  })

  it('leaves plain numbers, negative ones too, and text that only contains those signs', () => {
    for (const v of ['-93.0784192', '-5', '0', '44.9', 'a=b', 'x-1', '', "'=already"])
      expect(formulaSafe(v), v).toBe(v)
    // Not a plain decimal: escaped.
    expect(formulaSafe('-1e3')).toBe("'-1e3")
    expect(formulaSafe('-0x3D')).toBe("'-0x3D")
  })
})
