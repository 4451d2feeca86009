/** Fixed facts of the story that the code checks data against. Sources: data/events.csv. */

/** The one-day strike. */
export const STRIKE_DAY = '2025-11-05'

/**
 * The region every site must lie in: Minnesota and western Wisconsin around the Twin Cities,
 * generous enough for Allina's New Ulm-region clinics. A point outside it is almost always a
 * typo or swapped latitude and longitude.
 */
export const REGION = { south: 43.4, north: 46.5, west: -95.8, east: -92.0 } as const

/** True when `[lon, lat]` lies inside {@link REGION}. */
export function isInRegion(lon: number, lat: number): boolean {
  return lat >= REGION.south && lat <= REGION.north && lon >= REGION.west && lon <= REGION.east
}

/**
 * The first year whose sources can speak for the strike's time. Used twice, as one idea: an
 * `inferred` site must be seen open in this year or later (the build's evidence rule), and a
 * position or address taken from an older record is approximate and its card says how old it is
 * (`positionNote`). Five years before the strike: older records predate the clinic closures and
 * moves of 2020-25 (COVID closures, new buildings in Hastings, Cambridge, Lakeville).
 */
export const CURRENT_SINCE_YEAR = 2020
