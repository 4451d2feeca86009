/**
 * Straight-line distance on the Earth's surface, in miles. A sphere of the mean radius (IUGG
 * 6,371.0088 km) is within 0.3% of the WGS84 ellipsoid at Minnesota's latitudes, far below the
 * error of a city-centre or ZIP-centroid position (test/unit/geo.test.ts checks it against
 * GeographicLib).
 */

/** `[lon, lat]` in degrees, as GeoJSON writes it. */
export type LonLat = readonly [number, number]

const EARTH_RADIUS_MILES = 6371.0088 / 1.609344
const RAD = Math.PI / 180

/** Haversine distance: `milesBetween([-93.09, 44.94], [-93.27, 44.98])` is about 9. */
export function milesBetween(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD
  const dLon = (b[0] - a[0]) * RAD
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * Reader wording for a distance: one decimal under 10 miles, whole miles above; "about" when
 * either end is a centre or centroid rather than a real address. `formatMiles(3.24, true)` is
 * `'about 3.2 mi'`.
 */
export function formatMiles(miles: number, about: boolean): string {
  const shown = miles < 0.05 ? '0' : miles < 10 ? miles.toFixed(1) : String(Math.round(miles))
  return `${about ? 'about ' : ''}${shown} mi`
}
