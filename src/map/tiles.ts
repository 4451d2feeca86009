/**
 * The optional raster tile layer drawn over the offline basemap. One place to change the
 * provider (and its attribution, which must stay visible). When tiles cannot load (no network,
 * a blocked host, screenshot mode) the vector basemap beneath shows through unchanged.
 */

/**
 * A credit link for Leaflet's attribution control, which takes HTML (constant text only, never
 * data). It opens in a new tab without handing the other site a reference to this page:
 * `externalLink('https://leafletjs.com', 'Leaflet')`.
 */
export function externalLink(href: string, text: string): string {
  return `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`
}

/** The tile host also goes into the page's Content-Security-Policy (vite.config.ts reads it). */
export const TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: `&copy; ${externalLink('https://www.openstreetmap.org/copyright', 'OpenStreetMap')} contributors`,
  maxZoom: 19,
  /** Semi-transparent so status colours keep their contrast over busy tiles. */
  opacity: 0.55,
} as const

/** Attribution of the offline basemap (always shown). */
export const BASEMAP_ATTRIBUTION = `Boundaries: ${externalLink('https://www.census.gov/geographies/mapping-files.html', 'US Census Bureau')}; places: ${externalLink('https://www.geonames.org/', 'GeoNames')} (CC BY 4.0)`

/**
 * True when the page's stylesheet applies: map.css sets `--map-stylesheet` on the root. Without
 * it Leaflet's tiles are unpositioned images in the page's flow: the map grows with them, asks
 * for more, and a volunteer-run tile server gets thousands of requests. So no stylesheet, no
 * tiles; the markers and the list still work.
 */
export function stylesheetApplied(root: Element = document.documentElement): boolean {
  return getComputedStyle(root).getPropertyValue('--map-stylesheet').trim() === 'applied'
}
