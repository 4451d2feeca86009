/**
 * Clinic rows and file headers refused by scripts/lib/build-dataset.ts, on tiny inputs built in
 * each test (test/unit/tiny-build.ts): each mistake once, as `file:LINE column: what to do`.
 * Messages are written by hand from the build's rules (docs/data-build-hardening.md).
 */
import { describe, expect, it } from 'vitest'
import { CITY, CLINIC_HEADER, clinic, datasetOf, EVENT, problemsOf, ZIP } from './tiny-build.ts'

// No event: an event names a clinic, and these rows are refused.
const rows = (...clinics: string[]) => problemsOf({ clinics, events: [] })
const L2 = (column: string, message: string) => `data/clinics.csv:2 ${column}: ${message}`

describe('coordinates', () => {
  it('refuses a lat or lon that is not plain decimal degrees', () => {
    const NAN = 'is not a number; write decimal degrees such as 44.9043'
    expect(rows(clinic({ lat: 'abc' }))).toEqual([L2('lat', NAN)])
    expect(rows(clinic({ lon: '0x2D' }))).toEqual([L2('lon', NAN)])
    expect(rows(clinic({ lat: '44,9' }))).toEqual([L2('lat', NAN)])
  })

  it('asks for both lat and lon of a point, naming the empty one', () => {
    const EMPTY =
      'is empty but precision is point; give both lat and lon from the source, or use precision zip or city'
    expect(rows(clinic({ lat: '' }))).toEqual([L2('lat', EMPTY)])
    expect(rows(clinic({ lon: '' }))).toEqual([L2('lon', EMPTY)])
    expect(rows(clinic({ lat: '', lon: '' }))).toEqual([L2('lat', EMPTY)])
  })

  it('refuses a point outside the map, and says when lat and lon look swapped', () => {
    expect(rows(clinic({ lat: '40.1', lon: '-93.1' }))).toEqual([
      L2('lat', '40.1, -93.1 lies outside Minnesota and western Wisconsin'),
    ])
    expect(rows(clinic({ lat: '-93.0784192', lon: '44.9043372' }))).toEqual([
      L2(
        'lat',
        '-93.0784192, 44.9043372 lies outside Minnesota and western Wisconsin; lat and lon look swapped',
      ),
    ])
  })

  it('accepts a point on the edge of the map', () => {
    const { dataset } = datasetOf({ clinics: [clinic({ lat: '43.4', lon: '-92' })] })
    expect(dataset.features[0]?.geometry.coordinates).toEqual([-92, 43.4])
  })

  it('refuses lat or lon on a city or ZIP row, once, without a follow-on about coord_source', () => {
    const SET = (p: string) =>
      `is set but precision is ${p}; the build looks these up itself: clear lat and lon, or use precision point with its source`
    expect(rows(clinic({ lat: '45.1' }, CITY))).toEqual([L2('lat', SET('city'))])
    expect(rows(clinic({ lon: '-94.1' }, CITY))).toEqual([L2('lon', SET('city'))])
    expect(rows(clinic({ lat: '45.1', lon: '-93.1' }, ZIP))).toEqual([L2('lat', SET('zip'))])
  })

  it('passes on what the gazetteer says about a ZIP or a city it cannot place', () => {
    expect(rows(clinic({ zip: '55999' }, ZIP))).toEqual([
      L2('zip', 'ZIP 55999 is not in the Census ZIP list; check it, or use precision city'),
    ])
    expect(rows(clinic({ city: 'Atlantis' }, CITY))).toEqual([
      L2(
        'city',
        'Atlantis, MN is not in the gazetteers; check the spelling, or give a ZIP or a point',
      ),
    ])
    expect(rows(clinic({ state: 'WI' }, CITY))).toEqual([
      L2(
        'city',
        'Annandale, WI is not in the gazetteers; check the spelling, or give a ZIP or a point',
      ),
    ])
  })

  it("leaves a malformed ZIP to the schema's message, not the gazetteer's", () => {
    // (coord_source is then also reported empty: the ZIP was never looked up.)
    for (const zip of ['5510', '551090', 'x55109'])
      expect(rows(clinic({ zip }, ZIP))[0], zip).toBe(L2('zip', 'must be a five-digit ZIP code'))
    expect(rows(clinic({ zip: '' }, ZIP))).toContain(
      L2('zip', 'is empty but precision is zip; give the ZIP code or use city'),
    )
  })

  it('refuses a precision it does not know, and places nothing for it', () => {
    const problems = rows(clinic({ precision: 'gps', lat: '', lon: '' }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^data\/clinics\.csv:2 precision: /)
    expect(rows(clinic({ precision: '', lat: '', lon: '' }))).toEqual([
      expect.stringMatching(/^data\/clinics\.csv:2 precision: /),
    ])
  })

  it("asks for a point's source when it has none", () => {
    expect(rows(clinic({ coord_source: '' }))).toEqual([
      L2('coord_source', 'is empty; say where the coordinates come from'),
    ])
  })

  it('keeps the sourced point of a point row, and its own source', () => {
    const p = datasetOf({
      clinics: [clinic({ coord_source: 'Own survey', coord_source_url: 'https://example.org/s' })],
    }).dataset.features[0]?.properties
    expect([p?.coord_source, p?.coord_source_url]).toEqual(['Own survey', 'https://example.org/s'])
  })
})

describe('cells and rows', () => {
  it('refuses a source or a picket day listed twice', () => {
    expect(rows(clinic({ sources: 'https://example.org/a; https://example.org/a' }))).toEqual([
      L2('sources', 'lists https://example.org/a twice; keep it once'),
    ])
    expect(rows(clinic({ picketed_on: '2025-06-03;2025-06-03' }))).toEqual([
      L2('picketed_on', 'lists 2025-06-03 twice; keep it once'),
    ])
  })

  it('refuses an id used twice, naming the first line', () => {
    expect(rows(clinic(), clinic({ name: 'Another' }))).toEqual([
      'data/clinics.csv:3 id: west-st-paul is already used on line 2; every id must be unique',
    ])
  })

  it('says one thing per cell: the first problem found', () => {
    // '=x' starts like a formula (the cell check) and is not a slug (the schema): one message.
    const problems = rows(clinic({ id: '=x' }))
    expect(problems).toEqual([
      L2(
        'id',
        "starts with =, which a spreadsheet runs as a formula; reword it, or write '= at its start if it must begin so (the build drops the apostrophe)",
      ),
    ])
  })

  it('reports every problem of a row, each under its column', () => {
    expect(rows(clinic({ lat: 'abc', coord_year: '', row_updated: '2099-01-01' }))).toEqual([
      L2('lat', 'is not a number; write decimal degrees such as 44.9043'),
      L2('coord_year', 'is empty; give the year of the coordinate source'),
    ])
  })

  it("judges a row's dates against the build's window once the row is valid", () => {
    expect(rows(clinic({ row_updated: '2099-01-01' }))).toEqual([
      L2(
        'row_updated',
        "is 2099-01-01, after the build's date (2026-12-01); a date that has not happened yet is a typo: check the year",
      ),
    ])
    expect(rows(clinic({ coord_year: '2027' }))).toEqual([
      L2('coord_year', "is 2027, after the build's year (2026); check the year"),
    ])
  })

  it('escapes control characters from the file before they reach a terminal', () => {
    const text = `${CLINIC_HEADER},x\u001b[2Jy\n${clinic()},1\n`
    const problems = problemsOf({ clinicsText: text })
    expect(problems).toEqual([
      `data/clinics.csv:1 x\\u001b[2Jy: unknown column; remove it or rename it to one of: ${CLINIC_HEADER}`,
    ])
  })
})

describe('headers and empty files', () => {
  it('names a missing column and reads no row of that file', () => {
    const header = CLINIC_HEADER.replace(',notes', '')
    const row = clinic({ lat: 'abc' }).replace(/,,(https:\/\/example\.org\/a;)/, ',$1')
    expect(problemsOf({ clinicsText: `${header}\n${row}\n` })).toEqual([
      `data/clinics.csv:1 notes: column is missing; the header must be: ${CLINIC_HEADER}`,
    ])
  })

  it('names an unknown column, and still checks the rows', () => {
    expect(
      problemsOf({ clinicsText: `${CLINIC_HEADER},phone\n${clinic({ lat: 'abc' })},555\n` }),
    ).toEqual([
      `data/clinics.csv:1 phone: unknown column; remove it or rename it to one of: ${CLINIC_HEADER}`,
      L2('lat', 'is not a number; write decimal degrees such as 44.9043'),
    ])
  })

  it('says once that the first line is not the header, instead of every column missing', () => {
    expect(problemsOf({ clinicsText: `${clinic()}\n${clinic({}, CITY)}\n` })).toEqual([
      `data/clinics.csv:1: the first line is not the header (no column name is known); the first line must be: ${CLINIC_HEADER}`,
    ])
  })

  it('asks for a clinic when the file has only its header', () => {
    expect(problemsOf({ clinicsText: `${CLINIC_HEADER}\n`, events: [] })).toEqual([
      'data/clinics.csv:2 row: the file has a header but no clinics; add at least one row',
    ])
  })

  it('does not judge event ids when the clinics file has no row', () => {
    expect(problemsOf({ clinicsText: `${CLINIC_HEADER}\n`, events: [EVENT] })).toEqual([
      'data/clinics.csv:2 row: the file has a header but no clinics; add at least one row',
    ])
  })

  it("passes on the CSV reader's problems with their line, and their column when there is one", () => {
    const extra = problemsOf({ clinics: [`${clinic()},surplus`] })
    expect(extra).toHaveLength(1)
    expect(extra[0]).toMatch(/^data\/clinics\.csv:2 [a-z_]+: has 27 values but the header has 26; /)
    expect(problemsOf({ clinics: [clinic(), `"unclosed,${clinic()}`] })).toEqual([
      'data/clinics.csv:3: a quoted value is never closed; add the closing " (the file may be truncated)',
    ])
  })

  it('reads nothing and says so for an empty clinics file', () => {
    expect(problemsOf({ clinicsText: '', events: [] })).toEqual([
      'data/clinics.csv:1: the file is empty; it needs a header row and at least one row',
    ])
  })

  it('does not add "no clinics" to a header that is already refused', () => {
    const header = CLINIC_HEADER.replace(',notes', '')
    expect(problemsOf({ clinicsText: `${header}\n`, events: [] })).toEqual([
      `data/clinics.csv:1 notes: column is missing; the header must be: ${CLINIC_HEADER}`,
    ])
  })
})
