/**
 * How much of the strike the map shows, computed from the features (never typed): the union
 * gave a count of struck clinics but no list, so the map identifies only some of them.
 */
import type { ClinicFeature, Summary } from './clinic-schema.ts'
import { formatDate } from './dates.ts'
import { STRIKE_DAY } from './story.ts'

export interface Coverage {
  /** Clinics the union and reporters say struck. */
  reported: number
  /** Of those, the ones on the map: confirmed + probable + closedForStrike. */
  identified: number
  /** Struck, tied to the strike by a news report or the union. */
  confirmed: number
  /** Struck by the newsroom's inference (no source names them). */
  probable: number
  /** Closed by Allina for the strike day (confirmed), by short name. */
  closedForStrike: string[]
  /** Struck clinics the map cannot show. */
  missing: number
}

/** "Allina Health Annandale Clinic" reads "Annandale". */
export function placeName(name: string): string {
  return name.replace(/^Allina Health /, '').replace(/ Clinic$/, '')
}

export function coverageOf(
  features: readonly ClinicFeature[],
  summary: Pick<Summary, 'reported'>,
): Coverage {
  const ps = features.map((f) => f.properties)
  const confirmed = ps.filter((p) => p.evidence === 'confirmed' && p.struck_on).length
  const probable = ps.filter((p) => p.evidence === 'inferred' && p.struck_on).length
  const closedForStrike = ps
    .filter((p) => p.closed_for_strike_on && !p.struck_on)
    .map((p) => placeName(p.name))
    .sort()
  const identified = confirmed + probable + closedForStrike.length
  const reported = summary.reported.struck
  return {
    reported,
    identified,
    confirmed,
    probable,
    closedForStrike,
    missing: Math.max(0, reported - identified),
  }
}

function closedPart(names: readonly string[]): string {
  if (names.length === 0) return ''
  if (names.length === 1) return `, and ${names[0]}, which Allina closed for the day`
  return `, and ${names.length} that Allina closed for the day`
}

/**
 * The coverage in two sentences: `lead` ("This map shows 20 of the 61 clinics that struck on
 * 5 Nov 2025: 7 confirmed by reporting, 12 probably struck, and Annandale, which Allina closed
 * for the day.") and `why` ("The other 41 are missing: the union has not published its list.").
 */
/** The same facts for a phone's first screen: "Shown: 18 of the 61 struck clinics (…)". */
export function shortCoverage(c: Coverage): { lead: string; why: string } {
  const closed =
    c.closedForStrike.length > 0 ? `, ${c.closedForStrike.length} closed for the day` : ''
  return {
    lead: `Shown: ${c.identified} of the ${c.reported} struck clinics (${c.confirmed} confirmed, ${c.probable} probable${closed}).`,
    why:
      c.missing > 0
        ? 'The union has not published the rest.'
        : 'The union has not published its list.',
  }
}

export function coverageSentences(c: Coverage): { lead: string; why: string } {
  const lead =
    `This map shows ${c.identified} of the ${c.reported} clinics that struck on ${formatDate(STRIKE_DAY)}: ` +
    `${c.confirmed} confirmed by reporting, ${c.probable} probably struck${closedPart(c.closedForStrike)}.`
  const why =
    c.missing > 0
      ? `The other ${c.missing} are missing: the union has not published its list.`
      : 'The union has not published its list; these are the ones reporting identifies.'
  return { lead, why }
}
