/**
 * The CSV reader on the slips a spreadsheet export makes, each with the line, the column and the
 * message an editor reads (data/README.md, "When the build refuses a file"). Inputs are typed by
 * hand; every expected line number is counted from them.
 */
import { describe, expect, it } from 'vitest'
import { csvField, readCsv } from '../../scripts/lib/csv.ts'

const rows = (text: string) => readCsv(text).rows.map((r) => [r.line, ...Object.values(r.values)])

describe('readCsv on real-world slips', () => {
  it('refuses a quote left undoubled inside a quoted value, naming its column', () => {
    expect(readCsv('a,b\n"x"y,2\n').problems).toEqual([
      {
        line: 2,
        column: 'a',
        message: 'has a " inside a quoted value; write it twice ("") or remove it',
      },
    ])
    // A closing quote before a comma, a line end (LF, CRLF or CR) or the end of file is fine.
    expect(readCsv('a,b\n"x","y"').problems).toEqual([])
    expect(readCsv('a,b\r\n"x","y"\r\n').problems).toEqual([])
    expect(readCsv('a,b\r"x","y"\r1,2').problems).toEqual([])
  })

  it('reads a quote inside an unquoted value as text', () => {
    expect(rows('a,b\n1,x"y"\n')).toEqual([[2, '1', 'x"y"']])
  })

  it('counts lines for LF, CRLF and lone CR files alike, inside quotes too', () => {
    expect(rows('a,b\r1,2\r3,4')).toEqual([
      [2, '1', '2'],
      [3, '3', '4'],
    ])
    expect(rows('a,b\r\n"x\r\ny",2\r\n3,4\r\n')).toEqual([
      [2, 'x\r\ny', '2'],
      [4, '3', '4'],
    ])
    expect(rows('a,b\r"x\ry",2\r3,4')).toEqual([
      [2, 'x\ry', '2'],
      [4, '3', '4'],
    ])
  })

  it('skips blank and whitespace-only lines, and trims header names', () => {
    const t = readCsv(' a , b \n\n1,2\n   \n')
    expect(t.header).toEqual(['a', 'b'])
    expect(t.rows).toEqual([{ line: 3, values: { a: '1', b: '2' } }])
    expect(t.problems).toEqual([])
  })

  it('reports a repeated header row, and a column named twice (reading no rows)', () => {
    expect(readCsv('a,b\n a ,b\n1,2\n').problems).toEqual([
      { line: 2, message: 'repeats the header row; delete this line' },
    ])
    const doubled = readCsv('\n\na,b,a\n1,2,3\n')
    expect(doubled.rows).toEqual([])
    expect(doubled.problems).toEqual([
      {
        line: 3,
        column: 'a',
        message:
          'appears twice in the header (columns 1 and 3); delete one of the two columns, keeping the one with the values',
      },
    ])
  })

  it('names tabs, UTF-16 and bytes that are not UTF-8', () => {
    expect(readCsv('a\tb\n1\t2\n').problems[0]?.message).toBe(
      'the file is separated by tabs, not commas; save it as "CSV UTF-8 (comma delimited)"',
    )
    expect(readCsv('a\u0000,b\n').problems[0]?.message).toMatch(/^the file is not UTF-8 text/)
    expect(readCsv('a,b\n1,x\uFFFDy\n').problems).toEqual([
      {
        line: 2,
        column: 'b',
        message:
          'holds a character that is not UTF-8 (shown as \uFFFD); save the file as "CSV UTF-8 (comma delimited)" and retype it',
      },
    ])
  })

  it('names the last column when a row has too many values, and gives the comma hint only under a longer header', () => {
    expect(readCsv('a,b\n1,2,3\n').problems).toEqual([
      {
        line: 2,
        column: 'b',
        message:
          'has 3 values but the header has 2; a value holding a comma must be in double quotes',
      },
    ])
    expect(readCsv('a\n1,2\n').problems).toEqual([
      {
        line: 2,
        column: 'a',
        message:
          'has 2 values but the header has 1; a value holding a comma must be in double quotes',
      },
    ])
  })

  it('reports an unclosed quote once, at the line where it opens', () => {
    expect(readCsv('a,b\n1,"open\n2,3\n').problems).toEqual([
      {
        line: 2,
        message: 'a quoted value is never closed; add the closing " (the file may be truncated)',
      },
    ])
  })
})

describe('csvField', () => {
  it('quotes only values that need it, doubling their quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\r')).toBe('"cr\r"')
  })
})
