import { describe, expect, it } from 'vitest'
import { readCsv } from '../../scripts/lib/csv.ts'

describe('readCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes, keeping line numbers', () => {
    const t = readCsv('a,b\n1,"x, ""y"""\n"multi\nline",2\n3,4\n')
    expect(t.problems).toEqual([])
    expect(t.rows.map((r) => [r.line, r.values.a, r.values.b])).toEqual([
      [2, '1', 'x, "y"'],
      [3, 'multi\nline', '2'],
      [5, '3', '4'],
    ])
  })

  it('accepts a byte-order mark and Windows line ends', () => {
    const t = readCsv('\uFEFFa,b\r\n1,2\r\n')
    expect(t.header).toEqual(['a', 'b'])
    expect(t.rows).toEqual([{ line: 2, values: { a: '1', b: '2' } }])
  })

  it('reports a short row with its line and first missing column', () => {
    const t = readCsv('a,b,c\n1,2\n')
    expect(t.problems).toEqual([
      {
        line: 2,
        column: 'c',
        message:
          'has 2 values but the header has 3; a value holding a comma must be in double quotes',
      },
    ])
  })

  it('asks whether the file uses commas when a row reads as one value under a longer header', () => {
    const t = readCsv('a,b\n1;2\n')
    expect(t.problems[0]?.message).toContain('is the file separated by commas?')
  })

  it('names the delimiter when a whole file is separated by semicolons', () => {
    expect(readCsv('a;b\n1;2\n').problems).toEqual([
      {
        line: 1,
        message:
          'the file is separated by semicolons, not commas; save it as "CSV UTF-8 (comma delimited)"',
      },
    ])
  })

  it('reports an empty file and an unclosed quote', () => {
    expect(readCsv('').problems[0]?.message).toContain('the file is empty')
    expect(readCsv('a\n"open\n').problems).toContainEqual({
      line: 2,
      message: 'a quoted value is never closed; add the closing " (the file may be truncated)',
    })
  })
})
