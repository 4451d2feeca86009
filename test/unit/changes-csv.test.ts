/**
 * data/changes.csv read by the build (scripts/lib/changes.ts), on small hand-written files: the
 * header, the dispute's first day and today as the limits of a change's date, clinic ids that
 * exist, and the published order (newest first, same-day entries in file order).
 */
import { describe, expect, it } from 'vitest'
import { readChanges } from '../../scripts/lib/changes.ts'

const HEADER = 'date,clinic_ids,what_changed,sources'
const S = 'https://www.startribune.com/a'
const IDS = new Set(['chaska', 'maplewood', 'oakdale'])

function read(lines: string[], ids?: ReadonlySet<string>, today?: string, given = false) {
  const problems: string[] = []
  const out = readChanges(
    { file: 'data/changes.csv', text: lines.join('\n') },
    given ? ids : IDS,
    given ? today : '2026-12-01',
    problems,
  )
  return { out, problems }
}

describe('readChanges (the build)', () => {
  it('publishes the log newest first, keeping same-day entries in file order', () => {
    const { out, problems } = read([
      HEADER,
      `2025-11-01,maplewood;oakdale,Closed two clinics.,${S}`,
      `2026-12-01,chaska,First of the day.,`,
      `2026-02-01, chaska ; ,Chaska closed.,${S} ; https://kstp.com/b`,
      `2026-12-01,,Second of the day.,${S}`,
    ])
    expect(problems).toEqual([])
    expect(out).toEqual([
      {
        date: '2026-12-01',
        clinic_ids: ['chaska'],
        what_changed: 'First of the day.',
        sources: [],
      },
      { date: '2026-12-01', clinic_ids: [], what_changed: 'Second of the day.', sources: [S] },
      {
        date: '2026-02-01',
        clinic_ids: ['chaska'],
        what_changed: 'Chaska closed.',
        sources: [S, 'https://kstp.com/b'],
      },
      {
        date: '2025-11-01',
        clinic_ids: ['maplewood', 'oakdale'],
        what_changed: 'Closed two clinics.',
        sources: [S],
      },
    ])
  })

  it('orders entries newest first whatever order they are written in', () => {
    const dates = (lines: string[]) => read([HEADER, ...lines]).out.map((c) => c.date)
    const row = (d: string) => `${d},,Changed.,${S}`
    expect(dates([row('2025-01-02'), row('2026-03-04'), row('2025-06-07')])).toEqual([
      '2026-03-04',
      '2025-06-07',
      '2025-01-02',
    ])
    expect(dates([row('2026-03-04'), row('2025-01-02'), row('2025-06-07')])).toEqual([
      '2026-03-04',
      '2025-06-07',
      '2025-01-02',
    ])
  })

  it('names each missing column and reads nothing without them', () => {
    const { out, problems } = read(['date,what_changed', `2026-01-01,Changed.`])
    expect(out).toEqual([])
    expect(problems).toEqual([
      `data/changes.csv:1 clinic_ids: column is missing; the header must be: ${HEADER}`,
      `data/changes.csv:1 sources: column is missing; the header must be: ${HEADER}`,
    ])
  })

  it('names an unknown column, and still reads the rows', () => {
    const { out, problems } = read([`${HEADER},editor`, `2026-01-01,chaska,Changed.,${S},kim`])
    expect(problems).toEqual([
      `data/changes.csv:1 editor: unknown column; the header must be: ${HEADER}`,
    ])
    expect(out.map((c) => c.date)).toEqual(['2026-01-01'])
  })

  it('passes on what the CSV reader finds, under its column or as the row', () => {
    expect(read([HEADER, `2026-01-01,chaska,a,${S},extra`]).problems).toEqual([
      'data/changes.csv:2 sources: has 5 values but the header has 4; a value holding a comma must be in double quotes',
    ])
    expect(read([HEADER, `2026-01-01,chaska,"Changed.,${S}`]).problems).toEqual([
      'data/changes.csv:2 row: a quoted value is never closed; add the closing " (the file may be truncated)',
    ])
  })

  it('refuses a date before the dispute (1 Aug 2023) or after today, each on its line', () => {
    const { out, problems } = read([
      HEADER,
      `2023-07-31,,Too early.,${S}`,
      `2023-08-01,,First day.,${S}`,
      `2026-12-01,,Today.,${S}`,
      `2026-12-02,,Tomorrow.,${S}`,
    ])
    expect(out.map((c) => c.date)).toEqual(['2026-12-01', '2023-08-01'])
    expect(problems).toEqual([
      'data/changes.csv:2 date: is before 2023-08-01, when the dispute began; check the year',
      'data/changes.csv:5 date: is after today (2026-12-01); date a change on the day it was made',
    ])
  })

  it('lets a future date through when the build gives no today', () => {
    expect(read([HEADER, `2030-01-01,,Later.,${S}`], IDS, undefined, true)).toEqual({
      out: [{ date: '2030-01-01', clinic_ids: [], what_changed: 'Later.', sources: [S] }],
      problems: [],
    })
  })

  it('refuses an id that is not a clinic, unless no clinic row could be read', () => {
    const lines = [HEADER, `2026-01-01,chaska;eagan;edina,Changed.,${S}`]
    const { out, problems } = read(lines)
    expect(out).toEqual([])
    const unknown = (id: string) =>
      `data/changes.csv:2 clinic_ids: names ${id}, which is not an id in the clinics file; for a removed clinic, leave it out here and name it in what_changed`
    expect(problems).toEqual([unknown('eagan'), unknown('edina')])
    expect(read(lines, undefined, '2026-12-01', true)).toEqual({
      out: [
        {
          date: '2026-01-01',
          clinic_ids: ['chaska', 'eagan', 'edina'],
          what_changed: 'Changed.',
          sources: [S],
        },
      ],
      problems: [],
    })
  })

  it('reports what the schema refuses under its column, and drops the row', () => {
    const { out, problems } = read([
      HEADER,
      `2026-02-30,,Not a day.,${S}`,
      `2026-01-01,,Plain http.,http://example.org/`,
      `2026-01-01,,,${S}`,
      `2026-01-02,,Fine.,${S}`,
    ])
    expect(out.map((c) => c.what_changed)).toEqual(['Fine.'])
    expect(problems).toHaveLength(3)
    expect(problems[0]).toBe(
      'data/changes.csv:2 date: is not a real date; write YYYY-MM-DD, for example 2025-11-05',
    )
    expect(problems[1]).toMatch(/^data\/changes\.csv:3 sources: /)
    expect(problems[2]).toMatch(/^data\/changes\.csv:4 what_changed: /)
  })
})
