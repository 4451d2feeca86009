import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDataset, type BuildInput } from '../../scripts/lib/build-dataset.ts'
import { loadGazetteer, type Gazetteer } from '../../scripts/lib/gazetteer.ts'
import { checkBuild, runBuild, serialize } from '../../scripts/build-data.ts'
import { DatasetSchema } from '../../src/domain/clinic-schema.ts'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

function input(
  dir: string,
  files = { clinics: 'clinics.csv', events: 'events.csv', reported: 'reported.csv' },
): BuildInput {
  const read = (name: string) => ({
    file: `${dir}/${name}`,
    text: readFileSync(`${dir}/${name}`, 'utf8'),
  })
  return {
    clinics: read(files.clinics),
    events: read(files.events),
    reported: read(files.reported),
    gazetteer,
    // As scripts/build-data.ts reads them: used when the folder has them.
    ...(existsSync(`${dir}/blocked-hosts.txt`) ? { blockedHosts: read('blocked-hosts.txt') } : {}),
    ...(existsSync(`${dir}/changes.csv`) ? { changes: read('changes.csv') } : {}),
  }
}

describe('the gazetteers', () => {
  it('place ZIP and city rows at published centroids', () => {
    // Expected values from ../shared/research/city_centroids.csv and the Census ZIP list.
    const annandale = gazetteer.city('Annandale', 'MN')
    expect(annandale).toMatchObject({ lat: 45.26274, lon: -94.12443 })
    expect(gazetteer.city('St. Paul', 'MN')).toMatchObject({ lat: 44.94441, lon: -93.09327 })
    expect(gazetteer.zip('55118')).toMatchObject({ lat: 44.894315, lon: -93.100947 })
    expect(gazetteer.city('Lamberton', 'MN')).toMatchObject({
      source: expect.stringContaining('56152'),
    })
    expect(gazetteer.city('Atlantis', 'MN')).toBe(
      'Atlantis, MN is not in the gazetteers; check the spelling, or give a ZIP or a point',
    )
  })
})

describe('buildDataset', () => {
  it('builds a valid fixture into sorted, rounded GeoJSON with a computed summary', () => {
    const result = buildDataset(input('test/fixtures/valid'))
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const d = result.dataset
    expect(DatasetSchema.safeParse(d).success).toBe(true)
    expect(d.features.map((f) => f.id)).toEqual(['annandale', 'maplewood', 'west-st-paul'])
    expect(d.features[2]?.geometry.coordinates).toEqual([-93.078419, 44.904337])
    expect(d.features[2]?.properties.precision).toBe('point')
    expect(d.features[1]?.properties.coord_source).toContain('ZIP 55109')
    expect(d.features[0]?.properties.coord_source).toContain('GeoNames')
    expect(d.features[1]?.properties.notes).toBe('Notes, with a comma')
    expect(d.summary).toMatchObject({
      updated: '2026-01-02',
      total: 3,
      identified: 2,
      closures: 1,
      by_evidence: { confirmed: 2, inferred: 0, closed_before: 1 },
      by_precision: { point: 1, zip: 1, city: 1 },
      reported: { struck: 61, closures: 5 },
    })
    // Events sort by the day they take effect: the month-only "2025-09" counts from 30 Sept.
    expect(d.events.map((e) => [e.date, e.day])).toEqual([
      ['2025-09', '2025-09-30'],
      ['2025-11-05', '2025-11-05'],
    ])
  })

  it('reports every problem in the worst rows with file, line, column and a fix', () => {
    const result = buildDataset(input('test/fixtures/worst'))
    expect(result.ok).toBe(false)
    const f = 'test/fixtures/worst/clinics.csv'
    const e = 'test/fixtures/worst/events.csv'
    expect(result.ok ? [] : result.problems).toEqual([
      `${f}:10 kind: has 3 values but the header has 26; a value holding a comma must be in double quotes`,
      `${f}:2 evidence: must be one of confirmed, inferred, unverified, unlikely, closed_before`,
      `${f}:3 struck_on: is not a real date; write YYYY-MM-DD, for example 2025-11-05`,
      `${f}:4 closed_on: is before closure_announced_on; a clinic cannot close before its closure is announced`,
      `${f}:5 lat: -93.1, 44.9 lies outside Minnesota and western Wisconsin; lat and lon look swapped`,
      `${f}:6 id: bad-enum is already used on line 2; every id must be unique`,
      `${f}:7 sources: is empty; every row needs at least one source URL`,
      `${f}:8 sources: must be a full https:// address`,
      `${f}:9 name: contains < or >; write plain text, not markup`,
      `${f}:11 lat: is set but precision is city; the build looks these up itself: clear lat and lon, or use precision point with its source`,
      `${e}:2 date: is not a real date; write YYYY-MM-DD, or YYYY-MM when only the month is known`,
      `${e}:3 on_timeline: must be yes or no`,
      `${e}:3 clinic_ids: names nowhere, which is not an id in the clinics file`,
    ])
  })

  it('reports a missing column and an empty clinics file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strike-map-'))
    for (const n of ['events.csv', 'reported.csv'])
      copyFileSync(`test/fixtures/valid/${n}`, join(dir, n))
    const valid = readFileSync('test/fixtures/valid/clinics.csv', 'utf8')
    writeFileSync(join(dir, 'clinics.csv'), valid.replace(',evidence,', ',evidance,'))
    const missing = buildDataset(input(dir))
    expect(missing.ok ? [] : missing.problems).toContain(
      `${dir}/clinics.csv:1 evidence: column is missing; the header must be: id,name,name_basis,kind,street,city,state,zip,precision,lat,lon,coord_source,coord_source_url,coord_year,evidence,evidence_reason,last_seen_open,picketed_on,struck_on,closed_for_strike_on,closure_announced_on,closed_on,closed_basis,notes,sources,row_updated`,
    )
    writeFileSync(join(dir, 'clinics.csv'), valid.split('\n')[0] + '\n')
    const empty = buildDataset(input(dir))
    expect(empty.ok ? [] : empty.problems).toContain(
      `${dir}/clinics.csv:2 row: the file has a header but no clinics; add at least one row`,
    )
  })
})

describe('npm run data', () => {
  it('leaves the last good GeoJSON byte-for-byte untouched when a row is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strike-map-'))
    for (const n of ['clinics.csv', 'events.csv', 'reported.csv'])
      copyFileSync(`test/fixtures/valid/${n}`, join(dir, n))
    const lines: string[] = []
    expect(runBuild(dir, (l) => lines.push(l))).toBe(true)
    const good = readFileSync(join(dir, 'clinics.geojson'))
    expect(lines.join('\n')).toContain('2 of the 61 struck clinics identified')

    const broken = readFileSync(join(dir, 'clinics.csv'), 'utf8').replace(
      '44.9043372',
      '94.9043372',
    )
    writeFileSync(join(dir, 'clinics.csv'), broken)
    const out: string[] = []
    expect(runBuild(dir, (l) => out.push(l))).toBe(false)
    expect(out.join('\n')).toMatch(/clinics\.csv:2 lat: 94\.9043372, -93\.0784192 lies outside/)
    expect(out.join('\n')).toContain('was left as it was')
    expect(readFileSync(join(dir, 'clinics.geojson')).equals(good)).toBe(true)
  })

  it('the committed data/clinics.geojson is what the CSV files build today', () => {
    const result = buildDataset(input('data'))
    if (!result.ok) throw new Error(`data/ does not build:\n${result.problems.join('\n')}`)
    const committed = readFileSync('data/clinics.geojson', 'utf8')
    expect(committed, 'run `npm run data` and commit data/clinics.geojson').toBe(
      serialize(result.dataset),
    )
    expect(checkBuild('data', () => {})).toBe(true)
  })
})
