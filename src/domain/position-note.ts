/**
 * What a reader is told about where a marker stands, in plain words: exact, or approximate and
 * why, and how old the record behind the address is. Where the coordinates come from (dataset,
 * geocoder, gazetteer) is provenance for editors: it stays in `coord_source`, never in the card.
 */
import type { Precision } from './vocabulary.ts'
import { CURRENT_SINCE_YEAR } from './story.ts'

/** The fields the note reads; a subset of a clinic's properties, so tests can pass plain rows. */
export interface PositionFacts {
  precision: Precision
  city: string
  zip?: string
  street?: string
  /**
   * Year of the record behind the position: the point's source, or for a ZIP or city row with a
   * street, the source of that address (data/README.md, `coord_year`).
   */
  coord_year?: number
}

/** True when the record is too old to speak for 2025 (before {@link CURRENT_SINCE_YEAR}). */
function isOldRecord(year: number | undefined): year is number {
  return year !== undefined && year < CURRENT_SINCE_YEAR
}

/**
 * True when the marker is not at a position a recent source gives: a ZIP or city centre, or a
 * point from a record older than the cut-off. The map draws these as approximate.
 */
export function isApproximatePosition(p: PositionFacts): boolean {
  return p.precision !== 'point' || isOldRecord(p.coord_year)
}

function addressAge(p: PositionFacts): string {
  return isOldRecord(p.coord_year) ? `, from a ${p.coord_year} record not checked since` : ''
}

/**
 * One or two sentences for the card. Examples:
 * "Approximate: the address is from a 2009 record, not checked since."
 * "Approximate: placed at the centre of Annandale; no street address was found."
 * "Approximate: placed at the centre of St. Paul, not at the address (1021 Bandana Blvd. E., from a 2012 record not checked since)."
 */
export function positionNote(p: PositionFacts): string {
  if (p.precision === 'point') {
    const year = p.coord_year
    if (isOldRecord(year))
      return `Approximate: the address is from a ${year} record, not checked since.`
    return year === undefined ? 'At the address.' : `At the address, from a ${year} source.`
  }
  const centre = p.precision === 'zip' && p.zip ? `ZIP code ${p.zip}` : p.city
  if (!p.street)
    return `Approximate: placed at the centre of ${centre}; no street address was found.`
  return `Approximate: placed at the centre of ${centre}, not at the address (${p.street}${addressAge(p)}).`
}
