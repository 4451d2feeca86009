/**
 * The shape of public/places.json, written by scripts/build-places.ts and read by the browser on
 * the first search. Checked by hand rather than with zod: the schema module is not loaded yet
 * when a reader first types, and this shape is two lists of tuples.
 */
import type { LonLat } from './geo.ts'
import { normalizeText } from './fold.ts'
import type { UsState } from './lookup-text.ts'

/** `[name, state, lon, lat, county?]`; the county only where a state has two of the name. */
type PlaceRow = [string, string, number, number, ...string[]]
/** `[zip, state, lon, lat, town?]`. */
type ZipRow = [string, string, number, number, ...string[]]

export interface PlacesFile {
  attribution: string
  places: PlaceRow[]
  zips: ZipRow[]
}

/** A town or ZIP a reader can search for. */
export interface Place {
  kind: 'town' | 'zip'
  /** What the reader sees and what goes in the URL: "Faribault, MN", "55021". */
  label: string
  /** A line of detail: "ZIP code, Faribault, MN", "Rice County". */
  detail: string
  name: string
  state: UsState
  at: LonLat
  /** Folded words of the name, for the matcher. */
  words: string[]
}

const isState = (s: unknown): s is UsState => s === 'MN' || s === 'WI'
const isRow = (r: unknown): r is PlaceRow =>
  Array.isArray(r) &&
  r.length >= 4 &&
  typeof r[0] === 'string' &&
  isState(r[1]) &&
  Number.isFinite(r[2]) &&
  Number.isFinite(r[3])

/** Reads the fetched file; throws a readable error when it is not the expected shape. */
export function readPlaces(json: unknown): Place[] {
  const file = json as Partial<PlacesFile> | null
  if (!file || !Array.isArray(file.places) || !Array.isArray(file.zips))
    throw new Error('places.json is not a list of places and ZIPs')
  const out: Place[] = []
  for (const r of file.places) {
    if (!isRow(r)) throw new Error(`places.json has a damaged place: ${JSON.stringify(r)}`)
    const [name, state, lon, lat, county] = r
    out.push({
      kind: 'town',
      label: `${name}, ${state}`,
      detail: county ? `Town, ${county}` : 'Town',
      name,
      state: state as UsState,
      at: [lon, lat],
      words: normalizeText(name).split(' ').filter(Boolean),
    })
  }
  for (const r of file.zips) {
    if (!isRow(r) || !/^\d{5}$/.test(r[0]))
      throw new Error(`places.json has a damaged ZIP: ${JSON.stringify(r)}`)
    const [zip, state, lon, lat, town] = r
    out.push({
      kind: 'zip',
      label: zip,
      detail: town ? `ZIP code, ${town}, ${state}` : `ZIP code, ${state}`,
      name: zip,
      state: state as UsState,
      at: [lon, lat],
      words: [zip],
    })
  }
  return out
}
