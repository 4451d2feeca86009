/** Reader-facing phrases for a clinic on a day: marker names, list rows, details. */
import type { ClinicProperties } from './clinic-schema.ts'
import { formatDate } from './dates.ts'
import { isApproximatePosition } from './position-note.ts'
import type { ClinicDayState } from './timeline.ts'

/**
 * What happened to the clinic, as of the day. `statusPhrase(coonRapids, struckState)` is
 * `'struck 5 Nov 2025'`; inferred strikes read `'probably struck 5 Nov 2025'`. A scheduled
 * closure whose day has passed without a report reads `'was scheduled to close on 1 Feb 2026;
 * no source seen confirms it'`.
 */
export function statusPhrase(p: ClinicProperties, state: ClinicDayState): string {
  const lastPicket = [...p.picketed_on].filter((d) => state.history.some((h) => h.day === d)).pop()
  const struck = formatDate(p.struck_on ?? '')
  switch (state.status) {
    case 'struck':
      return state.today ? `on strike today, ${struck}` : `struck ${struck}`
    case 'probably_struck':
      return state.today ? `probably on strike today, ${struck}` : `probably struck ${struck}`
    case 'closed_for_strike':
      return `closed for the strike ${state.today ? 'today, ' : ''}${formatDate(p.closed_for_strike_on ?? '')}`
    case 'picketed':
      return `${state.today ? 'picketed today, ' : 'picketed '}${formatDate(lastPicket ?? '')}`
    case 'closure_announced':
      return scheduledPhrase(
        p,
        state.history.some((h) => h.day === p.closed_on),
      )
    case 'closed':
      return `closed ${formatDate(p.closed_on ?? '')}`
    case 'open':
      return 'no event reported yet'
    case 'not_known':
      return p.evidence === 'unlikely'
        ? 'probably not in the strike'
        : 'not known to be open or struck'
  }
}

/** An announced closure: still ahead, or `passed` with no report that it happened. */
function scheduledPhrase(p: ClinicProperties, passed: boolean): string {
  if (!p.closed_on) return 'closure announced'
  const when = formatDate(p.closed_on)
  if (p.closed_basis !== 'scheduled') return `closing ${when}`
  return passed
    ? `was scheduled to close on ${when}; no source seen confirms it`
    : `scheduled to close on ${when}`
}

/** The accessible name of a marker: name, what happened, and whether the position is approximate. */
export function markerLabel(p: ClinicProperties, state: ClinicDayState): string {
  const approx = isApproximatePosition(p) ? ', approximate location' : ''
  return `${p.name}, ${statusPhrase(p, state)}${approx}`
}
