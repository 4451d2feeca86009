/**
 * The offline basemap as a reader meets it: the committed file is what the sources give, the
 * home states are drawn, the two big labels sit on the cities, and nothing strays off the view
 * or over the size budget.
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBasemap, serializeBasemap, type Basemap } from '../../scripts/lib/basemap.ts'

const FILE = 'public/basemap.json'
// Typed from the brief, not imported: the test must not agree with the code by construction.
const VIEW: [number, number, number, number] = [-97.5, 42.8, -89.5, 47.5]
const GZIP_BUDGET = 45_000

let committed: string
let basemap: Basemap
beforeAll(() => {
  committed = readFileSync(FILE, 'utf8')
  basemap = JSON.parse(committed) as Basemap
})

/** Every [lon, lat] pair in a nested coordinates array. */
function positions(coordinates: unknown): [number, number][] {
  if (!Array.isArray(coordinates)) return []
  if (typeof coordinates[0] === 'number') return [coordinates as [number, number]]
  return coordinates.flatMap(positions)
}

describe('public/basemap.json', () => {
  it('is what the sources give today', () => {
    const fresh = serializeBasemap(buildBasemap())
    expect(
      committed === fresh,
      `${FILE} is out of date: run \`npm run basemap\` and commit it.`,
    ).toBe(true)
  })

  it('credits its sources', () => {
    expect(basemap.type).toBe('FeatureCollection')
    expect(basemap.attribution).toContain('US Census Bureau (us-atlas), GeoNames (CC BY 4.0)')
  })

  it('draws Minnesota and Wisconsin as home states', () => {
    const home = basemap.features.filter((f) => f.properties.layer === 'state' && f.properties.home)
    expect(home.map((f) => f.properties.layer === 'state' && f.properties.name).sort()).toEqual([
      'Minnesota',
      'Wisconsin',
    ])
    for (const f of home) expect(positions(f.geometry.coordinates).length).toBeGreaterThan(20)
  })

  it('puts the Minneapolis and St. Paul labels on the cities', () => {
    // Expected values from ../shared/research/city_centroids.csv, not from the code under test.
    const expected = [
      { name: 'Minneapolis', lat: 44.97997, lon: -93.26384 },
      { name: 'St. Paul', lat: 44.94441, lon: -93.09327 },
    ]
    for (const { name, lat, lon } of expected) {
      const label = basemap.features.find(
        (f) => f.properties.layer === 'city' && f.properties.name === name,
      )
      expect(label, `no "${name}" label`).toBeDefined()
      expect(label?.properties).toMatchObject({ rank: 1 })
      const [x, y] = positions(label?.geometry.coordinates)[0] ?? [NaN, NaN]
      expect(Math.abs(x - lon), `${name} longitude`).toBeLessThanOrEqual(0.05)
      expect(Math.abs(y - lat), `${name} latitude`).toBeLessThanOrEqual(0.05)
    }
  })

  it('has county and state borders, and keeps every point inside the view', () => {
    const layers = new Set(basemap.features.map((f) => f.properties.layer))
    expect([...layers].sort()).toEqual(['city', 'county', 'state', 'state-line'])
    const [w, s, e, n] = VIEW
    const outside = basemap.features.flatMap((f) =>
      positions(f.geometry.coordinates)
        .filter(([x, y]) => !(x >= w && x <= e && y >= s && y <= n))
        .map((p) => `${f.properties.layer} ${JSON.stringify(p)}`),
    )
    expect(outside).toEqual([])
  })

  it(`stays within ${GZIP_BUDGET} bytes gzipped`, () => {
    expect(gzipSync(committed).length).toBeLessThanOrEqual(GZIP_BUDGET)
  })
})
