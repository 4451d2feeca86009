/**
 * The methodology and coverage note: the content module's last section, in its own file because
 * it sits below the fold and loads with the footer (src/app/FooterExtras.tsx), outside the first
 * view's JS budget. Numbers computed from the dataset, as in content.ts.
 */
import type { Dataset } from '../domain/clinic-schema.ts'
import { coverageOf } from '../domain/coverage.ts'
import { isApproximatePosition } from '../domain/position-note.ts'
import { CURRENT_SINCE_YEAR } from '../domain/story.ts'
import { numberWord } from './content.ts'

/** The methodology and coverage note, paragraph by paragraph. */
export function methodology(d: Dataset): string[] {
  const s = d.summary
  const c = coverageOf(d.features, s)
  const e = s.by_evidence
  return [
    `The union has not published its list of the ${s.reported.struck} struck clinics. This map identifies ${c.identified} of them: ${c.confirmed} that a news report or the union ties to the strike (solid markers)${closedNote(c.closedForStrike)}, and ${c.probable} inferred (hollow markers): Allina primary or urgent care clinics in the strike's region, shown open in ${CURRENT_SINCE_YEAR} or later, that no source names. Reporting describes the union as covering Allina's whole primary and urgent care network there, so they were probably struck, but that is our inference.`,
    `${numberWord(e.unverified).replace(/^./, (c) => c.toUpperCase())} more sites appear only in older sources and may no longer exist; ${numberWord(e.unlikely)} lie outside the strike's region or unit. They are drawn faint and not counted. The ${numberWord(e.closed_before)} clinics closed before the strike may be among the ${s.reported.struck}: the number was announced while they were open.`,
    approximateNote(d),
    'Dates given only as a month (the four closures were reported in September 2025) take effect on the map from the last day of that month.',
  ]
}

/** Which positions are approximate and why, from the rows (cut-off: src/domain/position-note.ts). */
function approximateNote(d: Dataset): string {
  const ps = d.features.map((f) => f.properties)
  const centres = ps.filter((p) => p.precision !== 'point').length
  const old = ps.filter((p) => p.precision === 'point' && isApproximatePosition(p))
  const years = old.map((p) => p.coord_year ?? 0).filter((y) => y > 0)
  const span = years.length > 0 ? ` (${Math.min(...years)} to ${Math.max(...years)})` : ''
  const exact = ps.length - centres - old.length
  return `Approximate positions: ${centres} of ${ps.length} sites are placed at a town or ZIP-code centre because no street address was found, and ${old.length} more come from facility records older than ${CURRENT_SINCE_YEAR}${span} that nobody has checked since. Both kinds have a dashed ring; sites sharing a centre are drawn slightly apart.${exact > 0 ? ` The other ${exact} come from records of ${CURRENT_SINCE_YEAR} or later.` : ''}`
}

function closedNote(names: readonly string[]): string {
  if (names.length === 0) return ''
  const who = names.length === 1 ? names[0] : `${numberWord(names.length)} clinics`
  return `, ${who}, which Allina closed for the day`
}
