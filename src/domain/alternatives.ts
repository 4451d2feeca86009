/**
 * Where a closed clinic's patients can go: the card's open alternatives and the build's "what
 * the closures changed". Pure; kept apart from nearest.ts so the search's chunk does not pull in
 * the timeline.
 */
import type { ClinicFeature } from './clinic-schema.ts'
import type { IsoDay } from './dates.ts'
import { isApproximate, rankByDistance, type Ranked } from './nearest.ts'
import { statusOn } from './timeline.ts'

/**
 * A clinic a reader can be sent to: one the sources show open since CURRENT_SINCE_YEAR (evidence confirmed or
 * inferred), not closed on `day`, and not shut for the strike that day.
 */
function isOpenAlternative(f: ClinicFeature, day: IsoDay): boolean {
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
  /** The nearest clinic with no closure recorded, identified as open since CURRENT_SINCE_YEAR. */
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
