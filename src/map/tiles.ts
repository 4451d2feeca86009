/**
 * The optional raster tile layer drawn over the offline basemap. One place to change the
 * provider (and its attribution, which must stay visible). When tiles cannot load (no network,
 * a blocked host, screenshot mode) the vector basemap beneath shows through unchanged.
 */
export const TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution:
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
  /** Semi-transparent so status colours keep their contrast over busy tiles. */
  opacity: 0.55,
} as const

/** Attribution of the offline basemap (always shown). */
export const BASEMAP_ATTRIBUTION =
  'Boundaries: <a href="https://www.census.gov/geographies/mapping-files.html">US Census Bureau</a>; places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
