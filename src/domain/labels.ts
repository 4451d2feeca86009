/** Reader-facing phrases for a clinic on a day: marker names, list rows, details. */
import type { ClinicProperties } from './clinic-schema.ts'
import { formatDate } from './dates.ts'
import type { ClinicDayState } from './timeline.ts'

/**
 * What happened to the clinic, as of the day. `statusPhrase(coonRapids, struckState)` is
 * `'struck 5 Nov 2025'`; inferred strikes read `'probably struck 5 Nov 2025'`.
 */
export function statusPhrase(p: ClinicProperties, state: ClinicDayState): string {
  const probably = p.evidence === 'inferred' ? 'probably ' : ''
  const lastPicket = [...p.picketed_on].filter((d) => state.history.some((h) => h.day === d)).pop()
  switch (state.status) {
    case 'struck':
      return state.today
        ? `${probably}on strike today, ${formatDate(p.struck_on ?? '')}`
        : `${probably}struck ${formatDate(p.struck_on ?? '')}`
    case 'closed_for_strike':
      return `closed for the strike ${state.today ? 'today, ' : ''}${formatDate(p.closed_for_strike_on ?? '')}`
    case 'picketed':
      return `${state.today ? 'picketed today, ' : 'picketed '}${formatDate(lastPicket ?? '')}`
    case 'closure_announced':
      return p.closed_on
        ? `closing ${formatDate(p.closed_on)}${p.closed_basis === 'scheduled' ? ' (scheduled)' : ''}`
        : 'closure announced'
    case 'closed':
      return p.closed_basis === 'scheduled'
        ? `scheduled to close ${formatDate(p.closed_on ?? '')}`
        : `closed ${formatDate(p.closed_on ?? '')}`
    case 'open':
      if (p.evidence === 'unverified') return 'not known to be open or struck'
      if (p.evidence === 'unlikely') return 'probably not in the strike'
      return 'no strike event yet'
  }
}

/** The accessible name of a marker: name, what happened, and whether the position is approximate. */
export function markerLabel(p: ClinicProperties, state: ClinicDayState): string {
  const approx = p.precision === 'point' ? '' : ', approximate location'
  return `${p.name}, ${statusPhrase(p, state)}${approx}`
}
