/**
 * The pure half of `npm run data:geocode` (scripts/lib/geocode.ts) on small hand-written CSV
 * text, without a server or a build: which rows go to the geocoder, the request file, reading
 * its answer (every garbled form refused with its line), the cells a match writes, and editing
 * cells in place with every other byte kept. Distances are worked out apart from the code
 * (haversine, R = 6371 km: 1 degree of latitude is 111.195 km; 1 degree of longitude at 45 N
 * is 78.626 km).
 */
import { describe, expect, it } from 'vitest'
import {
  applyEdits,
  buildRequestCsv,
  distanceKm,
  isPlausible,
  matchCells,
  parseBatchResponse,
  selectRows,
  type Match,
} from '../../scripts/lib/geocode.ts'

const HEADER = 'id,street,city,state,zip,precision,lat,lon,coord_source,notes'
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'
const A = 'a,1850 Beam Avenue,Maplewood,MN,55109,zip,,,ZIP centroid,'
const B = 'b,755 Crossroads Campus Drive,Buffalo,MN,,city,,,town centre,"two, parts"'
const C = 'c,150 E Emerson Ave,West St. Paul,MN,55118,point,44.9043372,-93.0784192,"HIFLD ""WSP""",'

describe('selectRows', () => {
  it('sends zip and city rows with a street address, holds back points, skips descriptions', () => {
    const s = selectRows(
      csv(
        A,
        B,
        C,
        'd,"Hy-Vee store, Pilot Knob Road",Eagan,MN,,city,,,town centre,',
        'e,Inside the mall,Edina,MN,,point,44.9,-93.3,source,',
        'f,,Oakdale,MN,,city,,,town centre,',
        'g,12 Main St,Chaska,MN,,gps,,,x,',
      ),
    )
    expect(s.candidates).toEqual([
      {
        id: 'a',
        street: '1850 Beam Avenue',
        city: 'Maplewood',
        state: 'MN',
        zip: '55109',
        precision: 'zip',
        coordSource: 'ZIP centroid',
        lat: '',
        lon: '',
      },
      {
        id: 'b',
        street: '755 Crossroads Campus Drive',
        city: 'Buffalo',
        state: 'MN',
        zip: '',
        precision: 'city',
        coordSource: 'town centre',
        lat: '',
        lon: '',
      },
    ])
    expect(s.points).toEqual([
      {
        id: 'c',
        street: '150 E Emerson Ave',
        city: 'West St. Paul',
        state: 'MN',
        zip: '55118',
        precision: 'point',
        coordSource: 'HIFLD "WSP"',
        lat: '44.9043372',
        lon: '-93.0784192',
      },
    ])
    expect(s.skipped).toEqual([
      { id: 'd', reason: '"Hy-Vee store, Pilot Knob Road" is not a street address' },
    ])
  })

  it('reads a file with a byte-order mark, CRLF ends, blank lines and a header in another order', () => {
    const text =
      '\uFEFFstreet,id,precision\r\n1850 Beam Avenue,a,zip\r\n\r\n755 Crossroads Campus Drive,b,city\r\n'
    expect(selectRows(text).candidates.map((r) => [r.id, r.street, r.city])).toEqual([
      ['a', '1850 Beam Avenue', ''],
      ['b', '755 Crossroads Campus Drive', ''],
    ])
  })

  it('keeps a quote inside an unquoted value as the build reads it, and trims header names', () => {
    const s = selectRows('id, street ,precision\na,"12 ""B"" St",city\nb,12 "B" St,zip\n')
    expect(s.candidates.map((r) => [r.id, r.street])).toEqual([
      ['a', '12 "B" St'],
      ['b', '12 "B" St'],
    ])
  })

  it('reads old Mac CR-only line ends', () => {
    expect(
      selectRows('id,street,precision\ra,1 Main St,city\rb,2 Main St,zip\r').candidates.map((r) => [
        r.id,
        r.street,
      ]),
    ).toEqual([
      ['a', '1 Main St'],
      ['b', '2 Main St'],
    ])
  })

  it('counts a blank line when it names the line of an id used twice', () => {
    expect(() => selectRows('id,street,precision\na,1 Main St,city\n\na,2 Main St,city\n')).toThrow(
      'line 4: the id a is used twice; run npm run data',
    )
  })

  it('names the line of an id used twice in a CRLF file', () => {
    expect(() =>
      selectRows('id,street,precision\r\na,1 Main St,city\r\n\r\na,2 Main St,city\r\n'),
    ).toThrow('line 4: the id a is used twice; run npm run data')
  })

  it('reads a last row with no line end', () => {
    expect(selectRows(`${HEADER}\n${A}`).candidates.map((r) => r.id)).toEqual(['a'])
    // One column: the last value is the whole record.
    expect(selectRows('id\na')).toEqual({ candidates: [], points: [], skipped: [] })
    expect(
      selectRows(`id,street,precision\na,1 Main St,city`).candidates.map((r) => r.street),
    ).toEqual(['1 Main St'])
  })

  it('refuses a file the build would refuse, or one it cannot map to rows safely', () => {
    expect(() => selectRows(csv(A, 'b,"1 Main St,city'))).toThrow(
      'the CSV file has problems; run npm run data and fix them first (line 3: a quoted value is never closed; add the closing " (the file may be truncated))',
    )
    expect(() => selectRows('name,street\nx,1 Main St\n')).toThrow('the CSV file has no id column')
    // The id used twice is named with its line, counted across a value that spans two lines.
    expect(() => selectRows(csv('a,1 Main St,X,MN,,city,,,x,"one\ntwo"', A))).toThrow(
      'line 4: the id a is used twice; run npm run data',
    )
  })
})

describe('buildRequestCsv', () => {
  it('writes id, street, city, state and ZIP a line, no header, quoting where needed', () => {
    const s = selectRows(csv(A, 'b,"10 Main St, Suite 5",Buffalo,MN,,city,,,x,'))
    expect(buildRequestCsv(s.candidates)).toBe(
      'a,1850 Beam Avenue,Maplewood,MN,55109\nb,"10 Main St, Suite 5",Buffalo,MN,\n',
    )
    expect(buildRequestCsv([])).toBe('')
  })
})

describe('parseBatchResponse', () => {
  const MATCH_A =
    '"a","1850 Beam Avenue, Maplewood, MN, 55109","Match","Non_Exact","1850 BEAM AVE, MAPLEWOOD, MN, 55109","-93.023456,45.031234","123","L"'
  const parse = (lines: string[], ids = ['a']) => parseBatchResponse(lines.join('\n') + '\n', ids)

  it('reads matches, no-matches and ties, in the order the ids were sent', () => {
    expect(
      parse(
        [
          '"c","x","Tie"',
          MATCH_A,
          '',
          '"b","x"," No_Match "',
          '"d","x"," Match ","Exact","755 CROSSROADS CAMPUS DR, BUFFALO, MN, 55313"," -93.871235 , 45.178901 ","1","R"',
        ],
        ['b', 'a', 'c', 'd'],
      ),
    ).toEqual({
      ok: true,
      results: [
        { id: 'b', status: 'no_match' },
        {
          id: 'a',
          status: 'match',
          quality: 'Non_Exact',
          matchedAddress: '1850 BEAM AVE, MAPLEWOOD, MN, 55109',
          lon: -93.023456,
          lat: 45.031234,
        },
        { id: 'c', status: 'tie' },
        {
          id: 'd',
          status: 'match',
          quality: 'Exact',
          matchedAddress: '755 CROSSROADS CAMPUS DR, BUFFALO, MN, 55313',
          lon: -93.871235,
          lat: 45.178901,
        },
      ],
    })
  })

  it('reads CRLF line ends, and counts their lines', () => {
    expect(parseBatchResponse(`"a","x","Tie"\r\n"b","x","No_Match"\r\n`, ['a', 'b']).ok).toBe(true)
    expect(
      parseBatchResponse(`"a","x","Tie"\r\n"b","x","Tie"\r\n"a","x","Tie"\r\n`, ['a', 'b']),
    ).toEqual({
      ok: false,
      problem: 'line 3: id a answered twice',
    })
  })

  it('passes over a line of spaces, and refuses a line whose id is empty', () => {
    expect(parse([MATCH_A, '   ']).ok).toBe(true)
    expect(parse([',"x","Tie"', MATCH_A])).toEqual({
      ok: false,
      problem: 'line 1: unexpected id ""',
    })
  })

  it('refuses an id never sent, or one answered twice', () => {
    expect(parse(['<html>Service Unavailable</html>'])).toEqual({
      ok: false,
      problem: 'line 1: unexpected id "<html>Service Unavailable</html>"',
    })
    expect(parse([`"${'z'.repeat(50)}","x","Tie"`])).toEqual({
      ok: false,
      problem: `line 1: unexpected id "${'z'.repeat(40)}"`,
    })
    expect(parse(['"a","x","Tie"', '"a","x","No_Match"'])).toEqual({
      ok: false,
      problem: 'line 2: id a answered twice',
    })
  })

  it('refuses an unknown status or match quality, cut to 20 characters', () => {
    expect(parse(['"a","x","Maybe"'])).toEqual({
      ok: false,
      problem: 'line 1: status "Maybe" is not Match, No_Match or Tie',
    })
    expect(parse([`"a","x","${'M'.repeat(30)}"`])).toEqual({
      ok: false,
      problem: `line 1: status "${'M'.repeat(20)}" is not Match, No_Match or Tie`,
    })
    expect(parse(['"a","x"'])).toEqual({
      ok: false,
      problem: 'line 1: status "" is not Match, No_Match or Tie',
    })
    expect(parse([MATCH_A.replace('Non_Exact', 'Fuzzy_and_then_some_more')])).toEqual({
      ok: false,
      problem: 'line 1: match quality "Fuzzy_and_then_some_" is not Exact or Non_Exact',
    })
    expect(parse(['"a","x","Match"'])).toEqual({
      ok: false,
      problem: 'line 1: match quality "" is not Exact or Non_Exact',
    })
    expect(parse(['"a","x","Match","Exact"'])).toEqual({
      ok: false,
      problem: 'line 1: coordinates "" are not "lon,lat"',
    })
  })

  it('refuses coordinates that are not two numbers', () => {
    for (const lonLat of [
      '-93.1, ,45',
      '-93.1,abc',
      'abc,45',
      '-93.1',
      '-93.1,',
      ',45',
      '',
      'Infinity,45',
    ])
      expect(parse([MATCH_A.replace('-93.023456,45.031234', lonLat)]), lonLat).toEqual({
        ok: false,
        problem: `line 1: coordinates "${lonLat}" are not "lon,lat"`,
      })
    const long = `${'1'.repeat(30)},${'2'.repeat(30)}x`
    expect(parse([MATCH_A.replace('-93.023456,45.031234', long)])).toEqual({
      ok: false,
      problem: `line 1: coordinates "${long.slice(0, 40)}" are not "lon,lat"`,
    })
  })

  it('refuses a matched address that is empty or not plain text', () => {
    for (const address of ['', '<b>1850 BEAM</b>', 'a > b', 'line\nbreak', 'cr\rhere'])
      expect(
        parse([MATCH_A.replace('1850 BEAM AVE, MAPLEWOOD, MN, 55109', address)]),
        address,
      ).toEqual({
        ok: false,
        problem: 'line 1: the matched address is empty or not plain text',
      })
  })

  it('names every id that got no answer', () => {
    expect(parse([MATCH_A], ['a', 'b', 'c'])).toEqual({ ok: false, problem: 'no answer for b, c' })
    expect(parse([], ['a'])).toEqual({ ok: false, problem: 'no answer for a' })
  })
})

describe('isPlausible, distanceKm and matchCells', () => {
  const match = (lon: number, lat: number): Match => ({
    id: 'a',
    status: 'match',
    quality: 'Exact',
    matchedAddress: '1850 BEAM AVE, MAPLEWOOD, MN, 55109',
    lon,
    lat,
  })

  it('accepts a match inside the map region only', () => {
    expect(isPlausible(match(-93.02, 45.03))).toBe(true)
    expect(isPlausible(match(-118.24, 34.05))).toBe(false) // Los Angeles
    expect(isPlausible(match(45.03, -93.02))).toBe(false) // lon and lat swapped
  })

  it('measures how far a match would move a point', () => {
    expect(distanceKm({ lat: '45', lon: '-93' }, match(-93, 46))).toBeCloseTo(111.195, 2)
    expect(distanceKm({ lat: '45', lon: '-93' }, match(-92, 45))).toBeCloseTo(78.626, 2)
    expect(distanceKm({ lat: '46', lon: '-92' }, match(-93, 45))).toBeGreaterThan(130)
    expect(
      distanceKm({ lat: '44.9043372', lon: '-93.0784192' }, match(-93.078111, 44.904222)),
    ).toBeCloseTo(0.02745, 4)
    expect(distanceKm({ lat: '', lon: '-93' }, match(-93, 45))).toBeNaN()
    expect(distanceKm({ lat: '45', lon: '' }, match(-93, 45))).toBeNaN()
  })

  it('writes a point, rounded to six decimals, with the geocoder and the day as its source', () => {
    expect(
      matchCells({ ...match(-93.0234567, 45.0312344), quality: 'Non_Exact' }, '2026-12-01'),
    ).toEqual({
      precision: 'point',
      lat: '45.031234',
      lon: '-93.023457',
      coord_source:
        "US Census Bureau geocoder (Public_AR_Current), Non_Exact match to '1850 BEAM AVE, MAPLEWOOD, MN, 55109', 2026-12-01",
      coord_source_url: 'https://geocoding.geo.census.gov/geocoder/',
      coord_year: '2026',
      row_updated: '2026-12-01',
    })
  })
})

describe('applyEdits', () => {
  it('rewrites only the cells that change, quoting only where needed', () => {
    const before = csv(A, B, C)
    const after = applyEdits(
      before,
      new Map<string, Record<string, string>>([
        [
          'b',
          {
            precision: 'point',
            lat: '45.178901',
            notes: 'two, parts',
            coord_source: 'Census, Exact',
          },
        ],
        ['a', { zip: '55109', city: 'Maplewood' }],
      ]),
    )
    expect(after).toBe(
      csv(
        A,
        'b,755 Crossroads Campus Drive,Buffalo,MN,,point,45.178901,,"Census, Exact","two, parts"',
        C,
      ),
    )
    // Unchanged values are not rewritten, so their quoting stays as the editor wrote it.
    expect(applyEdits(before, new Map([['c', { coord_source: 'HIFLD "WSP"' }]]))).toBe(before)
    const quoted = 'id,city\na,"Maplewood"\n'
    expect(applyEdits(quoted, new Map([['a', { city: 'Maplewood' }]]))).toBe(quoted)
  })

  it('edits several cells of a row, a quoted cell, and the last cell of a file with no line end', () => {
    const before = `${HEADER}\n${C}`
    expect(
      applyEdits(
        before,
        new Map([['c', { lat: '1', coord_source: 'short', notes: 'the very end' }]]),
      ),
    ).toBe(
      `${HEADER}\nc,150 E Emerson Ave,West St. Paul,MN,55118,point,1,-93.0784192,short,the very end`,
    )
  })

  it('edits the first cell of a row', () => {
    expect(applyEdits('zip,id\n55109,a\n,b\n', new Map([['b', { zip: '55313' }]]))).toBe(
      'zip,id\n55109,a\n55313,b\n',
    )
    expect(applyEdits('zip,id\r\n55109,a\r\n,b\r\n', new Map([['b', { zip: '55313' }]]))).toBe(
      'zip,id\r\n55109,a\r\n55313,b\r\n',
    )
  })

  it('keeps a byte-order mark and CRLF line ends', () => {
    const before = `\uFEFFid,zip\r\na,55109\r\nb,\r\n`
    expect(applyEdits(before, new Map([['b', { zip: '55313' }]]))).toBe(
      `\uFEFFid,zip\r\na,55109\r\nb,55313\r\n`,
    )
  })

  it('refuses an id or a column the file does not have', () => {
    expect(() => applyEdits(csv(A), new Map([['nowhere', { zip: '1' }]]))).toThrow(
      'no row with id nowhere',
    )
    expect(() => applyEdits(csv(A), new Map([['a', { phone: '1' }]]))).toThrow('no column phone')
  })
})
