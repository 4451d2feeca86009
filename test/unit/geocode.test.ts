/**
 * `npm run data:geocode` against a local HTTP server on 127.0.0.1 that replays geocoder answers
 * (test/fixtures/geocoder/*.csv, written by hand in the batch endpoint's documented format:
 * there is no internet here). The real Census server is never contacted. Expected CSV text is
 * spelled out literally below, not computed by the code under test.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runGeocode, type GeocodeOptions } from '../../scripts/data-geocode.ts'
import { buildDataset } from '../../scripts/lib/build-dataset.ts'
import { loadGazetteer } from '../../scripts/lib/gazetteer.ts'
import {
  applyEdits,
  buildRequestCsv,
  parseBatchResponse,
  selectRows,
} from '../../scripts/lib/geocode.ts'

const FIXTURES = 'test/fixtures/geocoder'
const DATE = '2026-12-01'
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8')

/** The literal edits a match makes to each fixture row (the date is DATE). */
const CHANGES: Record<string, [string, string][]> = {
  maplewood: [
    [
      'MN,55109,zip,,,,,,closed_before',
      `MN,55109,point,45.031234,-93.023456,"US Census Bureau geocoder (Public_AR_Current), Non_Exact match to '1850 BEAM AVE, MAPLEWOOD, MN, 55109', 2026-12-01",https://geocoding.geo.census.gov/geocoder/,2026,closed_before`,
    ],
    ['https://example.org/c,2026-01-01', 'https://example.org/c,2026-12-01'],
  ],
  buffalo: [
    [
      'Buffalo,MN,,city,,,,,,inferred',
      `Buffalo,MN,,point,45.178901,-93.871235,"US Census Bureau geocoder (Public_AR_Current), Exact match to '755 CROSSROADS CAMPUS DR, BUFFALO, MN, 55313', 2026-12-01",https://geocoding.geo.census.gov/geocoder/,2026,inferred`,
    ],
    ['https://example.org/e,2026-01-01', 'https://example.org/e,2026-12-01'],
  ],
  'west-st-paul': [
    [
      `MN,55118,point,44.9043372,-93.0784192,"HIFLD record ""West Saint Paul""",https://example.org/hifld.csv,2009,`,
      `MN,55118,point,44.904222,-93.078111,"US Census Bureau geocoder (Public_AR_Current), Exact match to '150 E EMERSON AVE, WEST SAINT PAUL, MN, 55118', 2026-12-01",https://geocoding.geo.census.gov/geocoder/,2026,`,
    ],
    ['https://example.org/b,2026-01-02', 'https://example.org/b,2026-12-01'],
  ],
}

function expected(before: string, ids: string[], newline = '\n'): string {
  let text = before
  for (const id of ids)
    for (const [from, to] of CHANGES[id] ?? []) {
      expect(text.split(from)).toHaveLength(2) // each anchor is unique in the fixture
      text = text.replace(from, to.replace(/\n/g, newline))
    }
  return text
}

interface Received {
  method: string
  url: string
  contentType: string
  body: string
}

let server: Server | undefined

/** Starts a loopback server answering every request with `handler`; records what it got. */
async function replay(handler: (res: ServerResponse, req: IncomingMessage) => void) {
  const received: Received[] = []
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        contentType: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      })
      handler(res, req)
    })
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}/geocoder`, received }
}

const answer = (status: number, body: string) => (res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'text/csv' })
  res.end(body)
}

afterEach(async () => {
  const s = server
  server = undefined
  if (!s) return
  s.closeAllConnections() // the hanging cases leave sockets open
  await new Promise((resolve) => s.close(resolve))
})

/** A temp copy of the fixture clinics.csv (optionally with CRLF line ends). */
function tempCsv(newline = '\n') {
  const dir = mkdtempSync(join(tmpdir(), 'geocode-test-'))
  const path = join(dir, 'clinics.csv')
  writeFileSync(path, fixture('clinics.csv').replace(/\n/g, newline))
  return { dir, path, before: readFileSync(path, 'utf8') }
}

async function run(baseUrl: string, csvPath: string, extra: Partial<GeocodeOptions> = {}) {
  const lines: string[] = []
  const ok = await runGeocode({
    csvPath,
    baseUrl,
    timeoutMs: 2_000,
    date: DATE,
    overwrite: false,
    out: (l) => lines.push(l),
    ...extra,
  })
  return { ok, output: lines.join('\n') }
}

describe('the pure parts', () => {
  it('selects zip and city rows with a street address, and holds back sourced points', () => {
    const s = selectRows(fixture('clinics.csv'))
    expect(s.candidates.map((r) => r.id)).toEqual(['maplewood', 'buffalo'])
    expect(s.points.map((r) => r.id)).toEqual(['west-st-paul'])
    expect(s.skipped).toEqual([
      {
        id: 'everyday-clinic-eagan',
        reason: '"Hy-Vee store, Central Park Commons Drive" is not a street address',
      },
    ])
    expect(buildRequestCsv(s.candidates)).toBe(
      'maplewood,1850 Beam Avenue,Maplewood,MN,55109\nbuffalo,755 Crossroads Campus Drive,Buffalo,MN,\n',
    )
  })

  it('rejects an answer that is garbled, incomplete or names ids never sent', () => {
    const ids = ['maplewood', 'buffalo']
    expect(parseBatchResponse(fixture('matched.csv'), ids).ok).toBe(true)
    expect(parseBatchResponse('<html>Service Unavailable</html>\n', ids)).toMatchObject({
      ok: false,
    })
    expect(parseBatchResponse('"maplewood","x","No_Match"\n', ids)).toEqual({
      ok: false,
      problem: 'no answer for buffalo',
    })
    expect(
      parseBatchResponse('"maplewood","x","Match","Exact","X","-93.1,abc","1","L"\n', [
        'maplewood',
      ]),
    ).toMatchObject({ ok: false })
    expect(parseBatchResponse('"maplewood","x","Maybe"\n', ['maplewood'])).toMatchObject({
      ok: false,
    })
  })

  it('rewrites only the cells it is given and refuses unknown ids', () => {
    const before = fixture('clinics.csv')
    const after = applyEdits(before, new Map([['annandale', { kind: 'both', notes: 'a, b' }]]))
    expect(after).toBe(
      before
        .replace(',pattern,unknown,,Annandale,MN,,city,', ',pattern,both,,Annandale,MN,,city,')
        .replace(
          'Closed for the day.,2025,,,2025-11-05,,,,,',
          'Closed for the day.,2025,,,2025-11-05,,,,"a, b",',
        ),
    )
    expect(() => applyEdits(before, new Map([['nowhere', { kind: 'both' }]]))).toThrow('nowhere')
  })
})

describe('npm run data:geocode against a replayed geocoder', () => {
  it('sends the candidate addresses as a multipart address file with the benchmark', async () => {
    const { baseUrl, received } = await replay(answer(200, fixture('matched.csv')))
    const { path } = tempCsv()
    await run(baseUrl, path)
    expect(received).toHaveLength(1)
    const [request] = received
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/geocoder/locations/addressbatch')
    expect(request?.contentType).toMatch(/^multipart\/form-data; boundary=/)
    expect(request?.body).toMatch(/name="benchmark"\r\n\r\nPublic_AR_Current\r\n/)
    expect(request?.body).toMatch(/name="addressFile"; filename="addresses.csv"/)
    expect(request?.body).toContain(
      'maplewood,1850 Beam Avenue,Maplewood,MN,55109\nbuffalo,755 Crossroads Campus Drive,Buffalo,MN,\n',
    )
    // Not sent: a sourced point (no consent asked for), a non-address, a row without a street.
    expect(request?.body).not.toMatch(/west-st-paul|everyday-clinic-eagan|annandale/)
  })

  it('writes every match back as a point, and nothing else changes', async () => {
    const { baseUrl } = await replay(answer(200, fixture('matched.csv')))
    const { dir, path, before } = tempCsv()
    const { ok, output } = await run(baseUrl, path)
    expect(ok).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(expected(before, ['maplewood', 'buffalo']))
    expect(readdirSync(dir)).toEqual(['clinics.csv']) // no temp file left behind
    expect(output).toContain('Kept 1 row(s) with a point from another source (west-st-paul)')
    expect(output).toContain('Skipped everyday-clinic-eagan')
    expect(output).toContain('Wrote 2 row(s)')
  })

  it('keeps CRLF line ends', async () => {
    const { baseUrl } = await replay(answer(200, fixture('matched.csv')))
    const { path, before } = tempCsv('\r\n')
    expect((await run(baseUrl, path)).ok).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(expected(before, ['maplewood', 'buffalo'], '\r\n'))
  })

  it('gives a result that npm run data accepts', async () => {
    const { baseUrl } = await replay(answer(200, fixture('matched.csv')))
    const { path } = tempCsv()
    await run(baseUrl, path)
    const read = (p: string) => ({ file: p, text: readFileSync(p, 'utf8') })
    const result = buildDataset({
      clinics: read(path),
      events: read('test/fixtures/valid/events.csv'),
      reported: read('test/fixtures/valid/reported.csv'),
      gazetteer: loadGazetteer(),
    })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const buffalo = result.dataset.features.find((f) => f.id === 'buffalo')
    expect(buffalo?.geometry.coordinates).toEqual([-93.871235, 45.178901])
    expect(buffalo?.properties).toMatchObject({ precision: 'point', coord_year: 2026 })
  })

  it('lists an unmatched address and places the rest', async () => {
    const { baseUrl } = await replay(answer(200, fixture('unmatched.csv')))
    const { path, before } = tempCsv()
    const { ok, output } = await run(baseUrl, path)
    expect(ok).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(expected(before, ['buffalo']))
    expect(output).toContain('no match: maplewood: 1850 Beam Avenue, Maplewood, MN, 55109')
  })

  it('lists a tie as ambiguous and never picks one', async () => {
    const { baseUrl } = await replay(answer(200, fixture('tie.csv')))
    const { path, before } = tempCsv()
    const { ok, output } = await run(baseUrl, path)
    expect(ok).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(output).toContain('ambiguous (tie): buffalo: 755 Crossroads Campus Drive, Buffalo, MN')
    expect(output).toContain('no match: maplewood')
  })

  it('does not use a match outside the region', async () => {
    const denver =
      '"buffalo","x","Match","Exact","755 CROSSROADS DR, BUFFALO, WY, 82834","-104.99,39.74","1","L"\n' +
      '"maplewood","x","No_Match"\n'
    const { baseUrl } = await replay(answer(200, denver))
    const { path, before } = tempCsv()
    const { output } = await run(baseUrl, path)
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(output).toContain('matched outside Minnesota and western Wisconsin, not used: buffalo')
  })

  it('replaces a sourced point with --overwrite', async () => {
    const { baseUrl, received } = await replay(answer(200, fixture('overwrite.csv')))
    const { path, before } = tempCsv()
    expect((await run(baseUrl, path, { overwrite: true })).ok).toBe(true)
    expect(received[0]?.body).toContain(
      'west-st-paul,150 East Emerson Avenue,West St. Paul,MN,55118',
    )
    expect(readFileSync(path, 'utf8')).toBe(
      expected(before, ['west-st-paul', 'maplewood', 'buffalo']),
    )
  })

  it('asks before replacing a sourced point, and keeps it on no', async () => {
    const { baseUrl } = await replay(answer(200, fixture('overwrite.csv')))
    const { path, before } = tempCsv()
    const questions: string[] = []
    const confirm = async (q: string) => (questions.push(q), false)
    const { output } = await run(baseUrl, path, { confirm })
    expect(questions).toEqual([
      `west-st-paul has a point from "HIFLD record "West Saint Paul"". Replace it with the geocoder's Exact match to '150 E EMERSON AVE, WEST SAINT PAUL, MN, 55118', 27 m away?`,
    ])
    expect(output).toContain('Kept west-st-paul: its point was not replaced.')
    expect(readFileSync(path, 'utf8')).toBe(expected(before, ['maplewood', 'buffalo']))
  })

  describe('changes nothing on any failure', () => {
    it('when the editor leaves the question unanswered (Ctrl+D)', async () => {
      const { baseUrl } = await replay(answer(200, fixture('overwrite.csv')))
      const { path, before } = tempCsv()
      const confirm = () => Promise.reject(new Error('Aborted with Ctrl+D'))
      const { ok, output } = await run(baseUrl, path, { confirm })
      expect(ok).toBe(false)
      expect(output).toContain('Stopped at the question (Aborted with Ctrl+D)')
      expect(readFileSync(path, 'utf8')).toBe(before)
    })

    const failures: [string, (res: ServerResponse) => void, RegExp][] = [
      ['a server error', answer(500, 'Internal Server Error'), /answered HTTP 500/],
      ['a garbled answer', answer(200, '<html>Service Unavailable</html>\n'), /could not be read/],
      [
        'an incomplete answer',
        answer(200, fixture('matched.csv').split('\n')[0] ?? ''),
        /no answer for buffalo/,
      ],
      ['no answer at all (timeout)', () => undefined, /did not answer within 0.3 s/],
      [
        'an answer that stalls halfway (timeout)',
        (res) => {
          res.writeHead(200, { 'content-type': 'text/csv' })
          res.write(fixture('matched.csv').slice(0, 40))
        },
        /did not answer within 0.3 s/,
      ],
    ]
    for (const [name, handler, message] of failures)
      it(`after ${name}`, async () => {
        const { baseUrl } = await replay(handler)
        const { dir, path, before } = tempCsv()
        const { ok, output } = await run(baseUrl, path, { timeoutMs: 300 })
        expect(ok).toBe(false)
        expect(output).toMatch(message)
        expect(output).toContain('was not changed')
        expect(readFileSync(path, 'utf8')).toBe(before)
        expect(readdirSync(dir)).toEqual(['clinics.csv'])
      })

    it('when nothing listens on the port', async () => {
      const { baseUrl } = await replay(answer(200, ''))
      const s = server
      s?.closeAllConnections()
      await new Promise((resolve) => s?.close(resolve))
      server = undefined
      const { path, before } = tempCsv()
      const { ok } = await run(baseUrl, path, { timeoutMs: 300 })
      expect(ok).toBe(false)
      expect(readFileSync(path, 'utf8')).toBe(before)
    })
  })
})
