/**
 * data/reported.csv read on its own (scripts/lib/reported-measures.ts and
 * disagreeing-measures.ts): the three published totals, each once, in digits, with sources;
 * and the `_disagreeing` rows, a source's other count published beside them. The numbers are
 * the story's (61 clinics, 600 clinicians, 5 closures; FOX 9's 56).
 */
import { describe, expect, it } from 'vitest'
import type { CsvRow, CsvTable } from '../../scripts/lib/csv.ts'
import { disagreeingMeasures } from '../../scripts/lib/disagreeing-measures.ts'
import { readMeasures } from '../../scripts/lib/reported-measures.ts'

const S = 'https://www.startribune.com/a'
const rows = (...r: [string, string, string?, string?][]): CsvRow[] =>
  r.map(([measure, value, sources = S, notes = ''], i) => ({
    line: i + 2,
    values: { measure, value, sources, notes },
  }))
const table = (r: CsvRow[]): CsvTable => ({
  header: ['measure', 'value', 'sources', 'notes'],
  rows: r,
  problems: [],
})
const GOOD: [string, string][] = [
  ['clinics_struck', '61'],
  ['clinics_closed', '5'],
  ['clinicians_struck', '600'],
]

function read(r: CsvRow[]) {
  const problems: string[] = []
  const split = (v: string) => v.split(';').filter((s) => s !== '')
  const out = readMeasures(table(r), split, (l, c, m) => problems.push(`${l} ${c}: ${m}`))
  return { out, problems }
}

describe('readMeasures', () => {
  it('reads the three totals with their sources, and passes over the disagreeing rows', () => {
    const { out, problems } = read(
      rows(
        ['clinics_struck', '61', `${S};https://kstp.com/b`],
        ['clinics_struck_disagreeing', '56'],
        ['clinics_closed', '5'],
        ['clinicians_struck', '600'],
      ),
    )
    expect(problems).toEqual([])
    expect(out).toEqual({
      clinics_struck: { value: 61, sources: [S, 'https://kstp.com/b'] },
      clinics_closed: { value: 5, sources: [S] },
      clinicians_struck: { value: 600, sources: [S] },
    })
  })

  it('accepts 0, a whole number in digits', () => {
    const { out } = read(
      rows(['clinics_struck', '61'], ['clinics_closed', '0'], ['clinicians_struck', '600']),
    )
    expect(out?.clinics_closed.value).toBe(0)
  })

  it('refuses an unknown measure', () => {
    const { out, problems } = read(rows(...GOOD, ['clinics_open', '3']))
    expect(out).toBeUndefined()
    expect(problems).toEqual([
      '5 measure: is not a known measure; use one of clinics_struck, clinics_closed, clinicians_struck',
    ])
  })

  it('refuses a second row for a measure instead of letting one win', () => {
    const { out, problems } = read(rows(...GOOD, ['clinics_struck', '62']))
    expect(out).toBeUndefined()
    expect(problems).toEqual([
      '5 measure: clinics_struck is already given on line 2; keep one row per measure',
    ])
  })

  it('names the first row of a measure given three times', () => {
    const { problems } = read(rows(...GOOD, ['clinics_struck', '62'], ['clinics_struck', '63']))
    expect(problems).toEqual([
      '5 measure: clinics_struck is already given on line 2; keep one row per measure',
      '6 measure: clinics_struck is already given on line 2; keep one row per measure',
    ])
  })

  it("reads each row's sources with the list reader, under the sources column", () => {
    const calls: [string, number, string][] = []
    const list = (v: string, line: number, column: string) => {
      calls.push([v, line, column])
      return v === '' ? [] : [v]
    }
    const r = [
      ...rows(...GOOD.slice(1)),
      { line: 4, values: { measure: 'clinics_struck', value: '61' } },
    ]
    const problems: string[] = []
    expect(
      readMeasures(table(r), list, (l, c, m) => problems.push(`${l} ${c}: ${m}`)),
    ).toBeUndefined()
    expect(calls).toEqual([
      [S, 2, 'sources'],
      [S, 3, 'sources'],
      ['', 4, 'sources'],
    ])
    expect(problems).toEqual(['4 sources: is empty; give the reports this number comes from'])
  })

  it('refuses an empty value, and one not written as whole digits', () => {
    const empty = read(rows(['clinics_struck', ''], ...GOOD.slice(1)))
    expect(empty.out).toBeUndefined()
    expect(empty.problems).toEqual([
      '2 value: is empty; give the reported number in digits, such as 61',
    ])
    const none = read([
      { line: 2, values: { measure: 'clinics_struck', sources: S } },
      ...rows(...GOOD).slice(1),
    ])
    expect(none.out).toBeUndefined()
    expect(none.problems).toEqual([
      '2 value: is empty; give the reported number in digits, such as 61',
    ])
    for (const v of ['0x3D', '61.0', '-5', '6 1', 'sixty-one', '1e2']) {
      const { out, problems } = read(rows(['clinics_struck', v], ...GOOD.slice(1)))
      expect(out, v).toBeUndefined()
      expect(problems, v).toEqual(['2 value: must be a whole number written in digits, such as 61'])
    }
  })

  it('refuses a total with no source', () => {
    const { out, problems } = read(rows(['clinics_struck', '61', ''], ...GOOD.slice(1)))
    expect(out).toBeUndefined()
    expect(problems).toEqual(['2 sources: is empty; give the reports this number comes from'])
  })

  it('names each missing measure, on line 1', () => {
    const { out, problems } = read(rows(['clinics_closed', '5']))
    expect(out).toBeUndefined()
    expect(problems).toEqual([
      '1 measure: the row clinics_struck is missing; add it with its value and sources',
      '1 measure: the row clinicians_struck is missing; add it with its value and sources',
    ])
  })

  it('reports a row with no measure column as an unknown measure', () => {
    const { problems } = read([...rows(...GOOD), { line: 5, values: { value: '3' } }])
    expect(problems).toEqual([
      '5 measure: is not a known measure; use one of clinics_struck, clinics_closed, clinicians_struck',
    ])
  })
})

describe('disagreeingMeasures', () => {
  const NOTE = 'FOX 9 put the unit at 56 clinics in August 2023; later counts are 61.'
  const run = (r: CsvRow[]) => {
    const problems: string[] = []
    return { out: disagreeingMeasures(r, 'data/reported.csv', problems), problems }
  }

  it('reads a disagreeing count with its trimmed sources and note, and skips the totals', () => {
    expect(
      run(
        rows(...GOOD, [
          'clinics_struck_disagreeing',
          '56',
          ` ${S} ; ;https://fox9.com/c `,
          `  ${NOTE} `,
        ]),
      ),
    ).toEqual({
      out: [
        { measure: 'clinics_struck', value: 56, sources: [S, 'https://fox9.com/c'], note: NOTE },
      ],
      problems: [],
    })
  })

  it('knows each of the three measures', () => {
    const { out } = run(
      rows(
        ['clinics_closed_disagreeing', '4', S, NOTE],
        ['clinicians_struck_disagreeing', '0', S, NOTE],
      ),
    )
    expect(out.map((d) => [d.measure, d.value])).toEqual([
      ['clinics_closed', 4],
      ['clinicians_struck', 0],
    ])
  })

  it('refuses an unknown measure, a value that is not a whole number, no source, no note', () => {
    const { out, problems } = run(
      rows(
        ['clinics_open_disagreeing', '3', S, NOTE],
        ['clinics_struck_disagreeing', '56.5', S, NOTE],
        ['clinics_struck_disagreeing', '-1', S, NOTE],
        ['clinics_struck_disagreeing', '56', ' ; ', NOTE],
        ['clinics_struck_disagreeing', '56', S, '   '],
      ),
    )
    expect(out).toEqual([])
    expect(problems).toEqual([
      'data/reported.csv:2 measure: must be one of clinics_struck_disagreeing, clinics_closed_disagreeing, clinicians_struck_disagreeing',
      'data/reported.csv:3 value: must be a whole number',
      'data/reported.csv:4 value: must be a whole number',
      'data/reported.csv:5 sources: is empty; give the report that gives this number',
      'data/reported.csv:6 notes: is empty; say who gives this number, when, and why it is not used',
    ])
  })

  it('refuses an empty value or one not in digits, as the totals do (an empty cell is not 0)', () => {
    const { out, problems } = run(
      rows(
        ['clinics_struck_disagreeing', '', S, NOTE],
        ['clinics_struck_disagreeing', '0x38', S, NOTE],
        ['clinics_struck_disagreeing', '5e1', S, NOTE],
      ),
    )
    expect(out).toEqual([])
    expect(problems).toEqual([
      'data/reported.csv:2 value: must be a whole number',
      'data/reported.csv:3 value: must be a whole number',
      'data/reported.csv:4 value: must be a whole number',
    ])
  })

  it('reads a row without a value column as no number', () => {
    const { problems } = run([
      {
        line: 2,
        values: {
          measure: 'clinics_struck_disagreeing',
          sources: 'https://fox9.com/c',
          notes: 'n',
        },
      },
    ])
    expect(problems).toEqual(['data/reported.csv:2 value: must be a whole number'])
  })

  it('reads a row without sources or notes columns as empty', () => {
    const { problems } = run([
      { line: 2, values: { measure: 'clinics_struck_disagreeing', value: '56' } },
    ])
    expect(problems).toEqual([
      'data/reported.csv:2 sources: is empty; give the report that gives this number',
    ])
    const noNote = run([
      { line: 2, values: { measure: 'clinics_struck_disagreeing', value: '56', sources: S } },
    ])
    expect(noNote.problems).toEqual([
      'data/reported.csv:2 notes: is empty; say who gives this number, when, and why it is not used',
    ])
  })
})
