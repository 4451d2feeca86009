/** public/places.json, the search's gazetteer: current with its packages, credited, small. */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { buildPlaces, serializePlaces } from '../../scripts/lib/places.ts'
import { readPlaces } from '../../src/domain/places-file.ts'

const FILE = 'public/places.json'
const committed = readFileSync(FILE, 'utf8')

describe('public/places.json', () => {
  it('is what the gazetteers give today', () => {
    expect(
      committed === serializePlaces(buildPlaces()),
      `${FILE} is out of date: run \`npm run places\``,
    ).toBe(true)
  })

  it('credits GeoNames and the Census Bureau', () => {
    const file = JSON.parse(committed) as { attribution: string }
    expect(file.attribution).toMatch(/GeoNames.*CC BY 4\.0/)
    expect(file.attribution).toMatch(/Census Bureau/)
  })

  it('holds the towns and ZIPs of the issue, at their gazetteer positions', () => {
    const places = readPlaces(JSON.parse(committed))
    const find = (label: string) => places.find((p) => p.label === label)
    // GeoNames: Faribault 44.29496, -93.26883; Census 2021 ZCTA 54022: 44.846857, -92.611118.
    expect(find('Faribault, MN')?.at).toEqual([-93.269, 44.295])
    expect(find('54022')?.at).toEqual([-92.611, 44.847])
    expect(find('54022')?.detail).toBe('ZIP code, River Falls, WI')
    expect(places.some((p) => p.label === '90210')).toBe(false)
  })

  it('stays small enough to fetch on the first search', () => {
    expect(gzipSync(committed, { level: 9 }).length).toBeLessThan(40_000)
  })

  it('refuses a damaged file with a readable error', () => {
    expect(() => readPlaces({ places: [['x', 'TX', 0, 0]], zips: [] })).toThrow(/damaged place/)
    expect(() => readPlaces(null)).toThrow(/not a list/)
  })
})
