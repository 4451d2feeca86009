/**
 * Where the CSV reader puts an undoubled quote (`"x"y`) that an editor must fix: in a value past
 * the header's last column it names that last column (there is no name further right), and in
 * the header row itself it names no column (the names are what is being read).
 */
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../scripts/lib/csv.ts'

const BARE = 'has a " inside a quoted value; write it twice ("") or remove it'

describe('readCsv: the column of an undoubled quote', () => {
  it('names the last column for a quote in a value beyond the header', () => {
    expect(readCsv('a,b\n1,2,"x"y\n').problems).toContainEqual({
      line: 2,
      column: 'b',
      message: BARE,
    })
  })

  it('names no column for a quote in the header row', () => {
    const { problems } = readCsv('a,"b"x,c\n1,2,3\n')
    expect(problems).toEqual([{ line: 1, message: BARE }])
  })
})
