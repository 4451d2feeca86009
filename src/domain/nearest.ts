/**
 * Nearest clinics by straight-line distance: for a searched place, for a closed clinic's
 * readers, and for the build's "what the closures changed". Pure.
 */
import type { ClinicFeature } from './clinic-schema.ts'
import type { ClinicView } from './filters.ts'
import { milesBetween, type LonLat } from './geo.ts'

export interface Ranked {
  view: ClinicView
  miles: number
  /** True when either end is a town centre, a ZIP centroid or an old approximate position. */
  about: boolean
}

/** How many clinics a search for a place shows (more when its own town has more). */
const NEAREST_COUNT = 5

export const isApproximate = (f: ClinicFeature) => f.properties.precision !== 'point'

/** Every view with its distance from `origin`, nearest first; ties by name, so order is stable. */
export function rankByDistance(
  views: readonly ClinicView[],
  origin: LonLat,
  originApproximate: boolean,
): Ranked[] {
  return views
    .map((view) => ({
      view,
      miles: milesBetween(origin, view.feature.geometry.coordinates),
      about: originApproximate || isApproximate(view.feature),
    }))
    .sort(
      (a, b) =>
        a.miles - b.miles ||
        a.view.feature.properties.name.localeCompare(b.view.feature.properties.name, 'en'),
    )
}

/**
 * The clinics a place search shows: those in the place itself (`own`) first, then the nearest
 * others, `count` in all (or every own clinic, if there are more).
 */
export function nearestTo(
  views: readonly ClinicView[],
  origin: LonLat,
  originApproximate: boolean,
  own: readonly string[] = [],
  count = NEAREST_COUNT,
): Ranked[] {
  const ranked = rankByDistance(views, origin, originApproximate)
  const first = ranked.filter((r) => own.includes(r.view.feature.id))
  const rest = ranked.filter((r) => !own.includes(r.view.feature.id))
  return [...first, ...rest].slice(0, Math.max(count, first.length))
}
