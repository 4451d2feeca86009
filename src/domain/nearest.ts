/**
 * Nearest clinics by straight-line distance: for a searched place, for a closed clinic's
 * readers, and for the build's "what the closures changed". Pure.
 */
import type { ClinicFeature } from './clinic-schema.ts'
import type { IsoDay } from './dates.ts'
import type { ClinicView } from './filters.ts'
import { milesBetween, type LonLat } from './geo.ts'
import { statusOn } from './timeline.ts'

export interface Ranked {
  view: ClinicView
  miles: number
  /** True when either end is a town centre, a ZIP centroid or an old approximate position. */
  about: boolean
}

/** How many clinics a search for a place shows (more when its own town has more). */
export const NEAREST_COUNT = 5

const isApproximate = (f: ClinicFeature) => f.properties.precision !== 'point'

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

/**
 * A clinic a reader can be sent to: one the sources show open since 2020 (evidence confirmed or
 * inferred), not closed on `day`, and not shut for the strike that day.
 */
export function isOpenAlternative(f: ClinicFeature, day: IsoDay): boolean {
  const p = f.properties
  if (p.evidence !== 'confirmed' && p.evidence !== 'inferred') return false
  const status = statusOn(p, day).status
  return status !== 'closed' && status !== 'closed_for_strike'
}

/** The nearest Allina clinics still open on `day` from a clinic, nearest first. */
export function openAlternatives(
  clinic: ClinicFeature,
  features: readonly ClinicFeature[],
  day: IsoDay,
  count = 3,
): Ranked[] {
  const views = features
    .filter((f) => f.id !== clinic.id && isOpenAlternative(f, day))
    .map((feature) => ({ feature, state: statusOn(feature.properties, day) }))
  return rankByDistance(views, clinic.geometry.coordinates, isApproximate(clinic)).slice(0, count)
}

/** One closure's effect, as the build writes it into the summary. */
export interface ClosureEffect {
  /** The closed (or scheduled to close) clinic. */
  closed: string
  /** The nearest clinic with no closure recorded, identified as open since 2020. */
  nearest: string
  /** Straight-line miles between them, one decimal: the added distance for a neighbour. */
  miles: number
  /** Either position is a town centre or ZIP centroid. */
  approximate: boolean
}

/**
 * For each clinic with a closing day, the nearest clinic that remains (confirmed or inferred,
 * no closing day of its own) and the straight line to it: what someone living next door to the
 * closed clinic now travels, where before it was next door. Sorted by the closing clinic's id.
 */
export function closureEffects(features: readonly ClinicFeature[]): ClosureEffect[] {
  const remaining = features.filter(
    (f) =>
      f.properties.closed_on === undefined &&
      (f.properties.evidence === 'confirmed' || f.properties.evidence === 'inferred'),
  )
  return features
    .filter((f) => f.properties.closed_on !== undefined)
    .flatMap((f) => {
      const views = remaining.map((feature) => ({
        feature,
        state: statusOn(feature.properties, f.properties.closed_on ?? ''),
      }))
      const top = rankByDistance(views, f.geometry.coordinates, isApproximate(f))[0]
      if (!top) return []
      return [
        {
          closed: f.id,
          nearest: top.view.feature.id,
          miles: Math.round(top.miles * 10) / 10,
          approximate: top.about,
        },
      ]
    })
    .sort((a, b) => (a.closed < b.closed ? -1 : 1))
}
