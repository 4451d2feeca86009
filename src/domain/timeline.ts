/**
 * What each clinic's state is on a given day. Edges: an event's day counts as that state
 * ("on strike" on 5 Nov only); a closure holds from its closing day on; an announcement from its
 * effective day on (a month-only date from the month's last day, see dates.ts).
 */
import type { ClinicProperties, StoryEvent } from './clinic-schema.ts'
import { dayFromNumber, dayNumber, effectiveDay, type IsoDay, type PartialDate } from './dates.ts'

/**
 * The states a marker shows, most recent news first. Order matters for the legend. A strike the
 * newsroom inferred is its own state (`probably_struck`), so no count mixes facts and guesses;
 * sites known only from old records are `not_known`, never "no event"; `closure_announced` is
 * read "Scheduled to close" and stays so past its date until a source reports the closure.
 */
export const STATUSES = [
  'struck',
  'probably_struck',
  'closed_for_strike',
  'picketed',
  'closure_announced',
  'closed',
  'open',
  'not_known',
] as const
export type Status = (typeof STATUSES)[number]

/** What a dated fact can be (a strike the newsroom inferred is still a strike event). */
type EventKind = 'struck' | 'closed_for_strike' | 'picketed' | 'closure_announced' | 'closed'

export interface ClinicDayState {
  status: Status
  /** True when the status's event happens on this very day (a picket, the strike). */
  today: boolean
  /** The day of the event that gives the status, if one does (the picket's, the closure's). */
  since?: IsoDay
  /** Dated facts up to and including this day, oldest first, for the details panel. */
  history: { day: IsoDay; label: string }[]
}

/** A dated fact about a clinic: `date` as the source gives it, `day` when it takes effect. */
export interface ClinicEvent {
  date: PartialDate
  day: IsoDay
  kind: EventKind
  label: string
}

/** Every dated fact about a clinic, in order of the day it takes effect. */
export function clinicEvents(p: ClinicProperties): ClinicEvent[] {
  const out: ClinicEvent[] = []
  for (const d of p.picketed_on) {
    if (d !== p.struck_on)
      out.push({ date: d, day: d, kind: 'picketed', label: 'Picketed by its doctors' })
  }
  if (p.struck_on) {
    const picket = p.picketed_on.includes(p.struck_on) ? ', with a picket line' : ''
    const probably = p.evidence === 'inferred'
    out.push({
      date: p.struck_on,
      day: p.struck_on,
      kind: 'struck',
      label: probably ? `Probably on strike${picket} (inferred)` : `On strike${picket}`,
    })
  }
  if (p.closed_for_strike_on) {
    out.push({
      date: p.closed_for_strike_on,
      day: p.closed_for_strike_on,
      kind: 'closed_for_strike',
      label: 'Closed by Allina for the strike day',
    })
  }
  if (p.closure_announced_on) {
    out.push({
      date: p.closure_announced_on,
      day: effectiveDay(p.closure_announced_on),
      kind: 'closure_announced',
      label: 'Closure announced',
    })
  }
  if (p.closed_on) {
    // A scheduled closure is not a closure: it stays an announcement until a source reports it.
    if (p.closed_basis === 'scheduled')
      out.push({
        date: p.closed_on,
        day: p.closed_on,
        kind: 'closure_announced',
        label: 'Scheduled to close; no source seen confirms it',
      })
    else out.push({ date: p.closed_on, day: p.closed_on, kind: 'closed', label: 'Closed' })
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
}

/**
 * The clinic's state on `day`. A reported closure beats everything; an event on the day itself
 * comes next; then an announced or scheduled closure; then what the clinic went through earlier
 * (a clinic struck on 5 Nov still reads as struck afterwards). Sites known only from old records
 * are `not_known`. `statusOn(coonRapids, '2025-11-05').status` is `'struck'`; an inferred
 * clinic's is `'probably_struck'`.
 */
export function statusOn(p: ClinicProperties, day: IsoDay): ClinicDayState {
  return stateFromEvents(clinicEvents(p), day, p.evidence)
}

/**
 * {@link statusOn} from the clinic's {@link clinicEvents} and its evidence level, for callers
 * that keep the events (src/domain/day-index.ts).
 */
export function stateFromEvents(
  all: readonly ClinicEvent[],
  day: IsoDay,
  evidence: ClinicProperties['evidence'],
): ClinicDayState {
  const events = all.filter((e) => e.day <= day)
  const history = events.map(({ day: d, label }) => ({ day: d, label }))
  const last = (kind: EventKind) => events.filter((e) => e.kind === kind).pop()
  const state = (kind: EventKind, e: ClinicEvent): ClinicDayState => ({
    status: kind === 'struck' && evidence === 'inferred' ? 'probably_struck' : kind,
    today: e.day === day,
    since: e.day,
    history,
  })
  const closed = last('closed')
  if (closed) return state('closed', closed)
  const now = events.filter(
    (e) => e.day === day && e.kind !== 'closure_announced' && e.kind !== 'closed',
  )
  const todays = now[now.length - 1]
  if (todays) return state(todays.kind, todays)
  const announced = events.find((e) => e.kind === 'closure_announced')
  if (announced) return { ...state('closure_announced', announced), today: false }
  for (const kind of ['struck', 'closed_for_strike', 'picketed'] as const) {
    const e = last(kind)
    if (e) return state(kind, e)
  }
  const unknown = evidence === 'unverified' || evidence === 'unlikely'
  return { status: unknown ? 'not_known' : 'open', today: false, history }
}

/** The slider's range: whole months from the first to the last timeline event. */
export function timelineRange(events: readonly StoryEvent[]): { min: IsoDay; max: IsoDay } {
  const days = events
    .filter((e) => e.on_timeline)
    .map((e) => e.day)
    .sort()
  const first = days[0] ?? '2025-11-05'
  const last = days[days.length - 1] ?? first
  const nextMonth = dayNumber(`${last.slice(0, 7)}-01`) + 32
  const monthEnd = dayFromNumber(dayNumber(`${dayFromNumber(nextMonth).slice(0, 7)}-01`) - 1)
  return { min: `${first.slice(0, 7)}-01`, max: monthEnd }
}

/** The timeline events on a day, or failing that the latest one before it. */
export function eventsFor(
  events: readonly StoryEvent[],
  day: IsoDay,
): { events: StoryEvent[]; exact: boolean } {
  const onTimeline = events.filter((e) => e.on_timeline)
  const exact = onTimeline.filter((e) => e.day === day)
  if (exact.length > 0) return { events: exact, exact: true }
  const before = onTimeline.filter((e) => e.day < day)
  const latest = before[before.length - 1]
  return { events: latest ? before.filter((e) => e.day === latest.day) : [], exact: false }
}

/** A day of the timeline with its events' titles: one tick on the slider. */
export interface EventDay {
  day: IsoDay
  titles: string[]
}

/** Timeline events grouped by day, in date order. */
export function eventDays(events: readonly StoryEvent[]): EventDay[] {
  const byDay = new Map<IsoDay, string[]>()
  for (const e of events) {
    if (e.on_timeline) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e.title])
  }
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, titles]) => ({ day: d, titles }))
}

/** The nearest timeline event day strictly before or after `day`, if any. */
export function adjacentEventDay(
  events: readonly StoryEvent[],
  day: IsoDay,
  direction: 1 | -1,
): IsoDay | undefined {
  const days = eventDays(events).map((e) => e.day)
  return direction === 1 ? days.find((d) => d > day) : days.reverse().find((d) => d < day)
}
