/**
 * What the legend's counts are, in words that stay true on every date: on an event's day the
 * rows say what happens that day; on other days each clinic is counted once by its latest news,
 * and a row says when that news was ("Picketed on 3 Jun 2025", not "Picketed" in October).
 */
import { formatDate, type IsoDay } from './dates.ts'
import { groupByStatus, type ClinicView, type Filters } from './filters.ts'
import { EVIDENCE_STYLES, legendEvidence, STATUS_SYMBOLS } from './symbols.ts'
import type { Evidence } from './vocabulary.ts'
import { STATUSES, type Status } from './timeline.ts'

type Dated = (dates: string) => string

const DATED: Partial<Record<Status, Dated>> = {
  struck: (d) => `Struck on ${d}, confirmed by reporting`,
  probably_struck: (d) => `Probably struck on ${d}`,
  closed_for_strike: (d) => `Closed for the strike on ${d}`,
  picketed: (d) => `Picketed on ${d}`,
  closed: (d) => `Closed on ${d}`,
}

function joinDates(days: readonly string[]): string {
  const list = [...new Set(days)].sort().map((d) => formatDate(d))
  return list.length < 3 ? list.join(' or ') : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`
}

/**
 * A legend row's name for the clinics counted in it on `day`, without the count.
 * `legendLabel('picketed', [bloomington], '2025-10-01')` is `'Picketed on 3 Jun 2025'`; on
 * 3 Jun itself it is `'Picketed'`.
 */
function legendLabel(status: Status, counted: readonly ClinicView[], day: IsoDay): string {
  const base = STATUS_SYMBOLS[status].label
  if (counted.length === 0) return base
  if (status === 'closure_announced') {
    const closing = counted.map((v) => v.feature.properties)
    const due = closing.map((p) => p.closed_on).filter((d): d is string => d !== undefined)
    if (due.length < closing.length) return base
    const unconfirmed = closing.every((p) => p.closed_basis === 'scheduled')
    if (unconfirmed && due.every((d) => d <= day))
      return `Was scheduled to close on ${joinDates(due)}; not confirmed`
    return `Scheduled to close on ${joinDates(due)}`
  }
  const dated = DATED[status]
  if (!dated || counted.every((v) => v.state.today)) return base
  const days = counted.map((v) => v.state.since).filter((d): d is string => d !== undefined)
  return days.length === counted.length ? dated(joinDates(days)) : base
}

/**
 * The legend's heading: `'On 5 Nov 2025'` when something happens that day, otherwise
 * `'By 1 Oct 2025: latest news at each clinic'`.
 */
function legendTitle(views: readonly ClinicView[], day: IsoDay): string {
  const when = formatDate(day)
  return views.some((v) => v.state.today) ? `On ${when}` : `By ${when}: latest news at each clinic`
}

export interface LegendModel {
  title: string
  counts: Record<Status, number>
  labels: Record<Status, string>
  /** The evidence each row's symbol is drawn with: its clinics' own, when they share one look. */
  evidence: Record<Status, Evidence>
}

/** A row's symbol matches its markers: hollow when every clinic in it is drawn hollow, say. */
function rowEvidence(status: Status, counted: readonly ClinicView[]): Evidence {
  const first = counted[0]?.feature.properties.evidence
  if (!first) return legendEvidence(status)
  // Compared field by field, not as a built string: at 10,000 clinics this runs on every step.
  const { fill, faint } = EVIDENCE_STYLES[first]
  return counted.every((v) => {
    const s = EVIDENCE_STYLES[v.feature.properties.evidence]
    return s.fill === fill && s.faint === faint
  })
    ? first
    : legendEvidence(status)
}

/**
 * The legend for `views` on `day`: its heading, and each status's count and dated name. With
 * `filters`, the counts ignore the status filter (the interactive legend is that filter); without,
 * they count exactly the views given (the static key of a still).
 */
export function legendOf(
  views: readonly ClinicView[],
  day: IsoDay,
  filters?: Filters,
): LegendModel {
  const groups = groupByStatus(views, filters)
  const entries = STATUSES.map((s) => [s, groups[s]] as const)
  return {
    title: legendTitle(views, day),
    counts: Object.fromEntries(entries.map(([s, g]) => [s, g.length])) as Record<Status, number>,
    labels: Object.fromEntries(entries.map(([s, g]) => [s, legendLabel(s, g, day)])) as Record<
      Status,
      string
    >,
    evidence: Object.fromEntries(entries.map(([s, g]) => [s, rowEvidence(s, g)])) as Record<
      Status,
      Evidence
    >,
  }
}
