/**
 * What the basemap build does to shapes the real us-atlas happens not to hold inside the view
 * today: a state given as one polygon, a hole in a state (kept when inside the view, dropped when
 * the cut leaves nothing of it), a border between two states the map does not draw, and a border
 * too short to survive the rounding. A small hand-made topology (plain coordinates, no
 * quantisation) in a 10 x 10 view, so every expected value below is worked out by hand.
 */
import { describe, expect, it } from 'vitest'
import { buildBasemap, type Basemap } from '../../scripts/lib/basemap.ts'
import type { GeoNamesCity } from '../../scripts/lib/gazetteer.ts'

type Sources = NonNullable<Parameters<typeof buildBasemap>[0]>
type Ring = [number, number][]
const VIEW: [number, number, number, number] = [0, 0, 10, 10]

/** A closed square ring, listed clockwise (us-atlas's d3 winding for an outer ring). */
const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x0, y1],
  [x1, y1],
  [x1, y0],
  [x0, y0],
]

/** The towns the basemap labels, spelt as GeoNames spells them, all at one spot in the view. */
const TOWNS: [string, string][] = [
  ['Minneapolis', 'MN'],
  ['Saint Paul', 'MN'],
  ['Buffalo', 'MN'],
  ['Cambridge', 'MN'],
  ['Chaska', 'MN'],
  ['Elk River', 'MN'],
  ['Faribault', 'MN'],
  ['Hastings', 'MN'],
  ['Northfield', 'MN'],
  ['Red Wing', 'MN'],
  ['River Falls', 'WI'],
  ['Shakopee', 'MN'],
  ['Saint Cloud', 'MN'],
  ['Stillwater', 'MN'],
]
const cities: GeoNamesCity[] = TOWNS.map(([name, admin1]) => ({
  name,
  lat: '5',
  lng: '5',
  country: 'US',
  admin1,
  admin2: '',
}))

/**
 * Arcs 0-6 and 15 are state rings; 7-12 build two states the map does not draw (17 and 18) and
 * their neighbour 38; 13-14 are county borders. Each polygon names its arcs, ~i for arc i reversed.
 */
function topology(states: Record<string, unknown>[] = STATES): Sources['atlas'] {
  const arcs: Ring[] = [
    square(-3, 1, 3, 3), // 0: Minnesota, half outside the view (west of x = 0)
    square(-2, 1.5, -1, 2.5).reverse(), // 1: a hole in it, wholly outside the view
    square(1, 1.5, 2, 2.5).reverse(), // 2: a hole in it, inside the view
    square(4, 1, 5, 2), // 3: Wisconsin
    square(6, 1, 7, 2), // 4: Iowa
    square(8, 1, 9, 2), // 5: Michigan, part one
    square(8, 3, 9, 4), // 6: Michigan, part two
    [
      [6, 6],
      [6, 8],
    ], // 7: the border of 17 and 18
    [
      [6, 8],
      [5, 8],
    ], // 8
    [
      [5, 8],
      [5, 6],
    ], // 9: the border of 17 and North Dakota (38)
    [
      [5, 6],
      [6, 6],
    ], // 10
    [
      [6, 6],
      [7, 6],
      [7, 8],
      [6, 8],
    ], // 11: the rest of 18
    [
      [5, 8],
      [4, 8],
      [4, 6],
      [5, 6],
    ], // 12: the rest of North Dakota
    [
      [1, 6],
      [1, 7],
    ], // 13: a county border in Minnesota
    [
      [2, 6],
      [2.00001, 6],
    ], // 14: a county border 1 m long, one point once rounded to four decimals
    square(8, 6, 9, 7), // 15: South Dakota
  ]
  const counties = [
    { type: 'Polygon', id: '27001', arcs: [[13], [14]] },
    { type: 'Polygon', id: '27003', arcs: [[~13], [~14]] },
  ]
  return {
    type: 'Topology',
    arcs,
    objects: {
      states: { type: 'GeometryCollection', geometries: states },
      counties: { type: 'GeometryCollection', geometries: counties },
    },
  } as unknown as Sources['atlas']
}

const STATES: Record<string, unknown>[] = [
  { type: 'Polygon', id: '27', properties: { name: 'Minnesota' }, arcs: [[0], [1], [2]] },
  { type: 'Polygon', id: '55', properties: { name: 'Wisconsin' }, arcs: [[3]] },
  { type: 'Polygon', id: '19', properties: { name: 'Iowa' }, arcs: [[4]] },
  // Michigan's third part has no ring at all: an empty part, dropped.
  { type: 'MultiPolygon', id: '26', properties: { name: 'Michigan' }, arcs: [[[5]], [[6]], []] },
  { type: 'Polygon', id: '38', properties: { name: 'North Dakota' }, arcs: [[~9, 12]] },
  { type: 'Polygon', id: '46', properties: { name: 'South Dakota' }, arcs: [[15]] },
  { type: 'Polygon', id: '17', properties: { name: 'Illinois' }, arcs: [[7, 8, 9, 10]] },
  { type: 'Polygon', id: '18', properties: { name: 'Indiana' }, arcs: [[~7, 11]] },
]

/** Twice the signed area, by the shoelace formula: positive when the ring runs anticlockwise. */
function area(ring: Ring): number {
  let sum = 0
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = ring[i - 1] as [number, number]
    const [bx, by] = ring[i] as [number, number]
    sum += ax * by - bx * ay
  }
  return sum
}
const bounds = (ring: Ring) => {
  const xs = ring.map(([x]) => x)
  const ys = ring.map(([, y]) => y)
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

const build = (atlas = topology()): Basemap => buildBasemap({ atlas, cities }, VIEW)
const layer = (map: Basemap, name: string) =>
  map.features.filter((f) => f.properties.layer === name)
const state = (map: Basemap, name: string) =>
  layer(map, 'state').find((f) => f.properties.layer === 'state' && f.properties.name === name)
    ?.geometry.coordinates as Ring[][]
/** A MultiLineString's lines, each with its ends in order, so a line's direction does not matter. */
const lines = (map: Basemap, name: string) =>
  (layer(map, name)[0]?.geometry.coordinates as Ring[]).map((l) =>
    [...l].sort(([ax, ay], [bx, by]) => ax - bx || ay - by),
  )

describe('buildBasemap on shapes the real atlas lacks in view', () => {
  it('cuts a state to the view and keeps only the hole that is left inside it', () => {
    const minnesota = state(build(), 'Minnesota')
    expect(minnesota).toHaveLength(1)
    const rings = minnesota[0] as Ring[]
    // The outer ring cut at x = 0, and the inner hole; the hole west of x = 0 is gone.
    expect(rings.map(bounds)).toEqual([
      [0, 1, 3, 3],
      [1, 1.5, 2, 2.5],
    ])
  })

  it('winds outer rings anticlockwise and holes clockwise, as RFC 7946 asks', () => {
    const [outer, hole] = state(build(), 'Minnesota')[0] as Ring[]
    expect(area(outer as Ring)).toBe(2 * 6) // 3 x 2 after the cut
    expect(area(hole as Ring)).toBe(-2 * 1)
  })

  it('takes a state given as one polygon or as several, and drops an empty part', () => {
    const map = build()
    expect(state(map, 'Iowa')?.map((p) => p.map(bounds))).toEqual([[[6, 1, 7, 2]]])
    expect(state(map, 'Michigan')?.map((p) => p.map(bounds))).toEqual([
      [[8, 1, 9, 2]],
      [[8, 3, 9, 4]],
    ])
  })

  it('draws the border of a drawn state and its neighbour, not one between two undrawn states', () => {
    // North Dakota (drawn) meets 17 along x = 5; 17 and 18 (neither drawn) meet along x = 6.
    expect(lines(build(), 'state-line')).toEqual([
      [
        [5, 6],
        [5, 8],
      ],
    ])
  })

  it('leaves out a county border that rounds to a single point', () => {
    expect(lines(build(), 'county')).toEqual([
      [
        [1, 6],
        [1, 7],
      ],
    ])
  })

  it('refuses a state given as a group of shapes, or as a point, naming the state', () => {
    const as = (geometry: Record<string, unknown>) =>
      topology(STATES.map((g) => (g.id === '46' ? { id: '46', ...geometry } : g)))
    const group = as({ type: 'GeometryCollection', geometries: [STATES[5]] })
    expect(() => build(group)).toThrow('state 46 is not a single feature')
    // A point has no area to fill: nothing of it is drawn, so it counts as outside the view.
    const point = as({ type: 'Point', properties: { name: 'South Dakota' }, coordinates: [8, 6] })
    expect(() => build(point)).toThrow('state 46 lies outside the view box')
  })
})
