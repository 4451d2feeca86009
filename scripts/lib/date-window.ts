/**
 * The dates the build accepts, relative to the story and to the day the build runs. A date
 * outside the window is a typo (2099 for 2009, 2999 for 2025) that would stretch the date slider
 * over a century or set the page's "Updated" date in the future. Decisions and reasons:
 * docs/data-build-hardening.md.
 */
import type { ClinicProperties, StoryEvent } from '../../src/domain/clinic-schema.ts'
import { addDays, effectiveDay } from '../../src/domain/dates.ts'

/** No source or event of this story is older (the union petition, the earliest, is 2023). */
const EARLIEST_DAY = '2000-01-01'
/** Rows were first checked for this map in 2025; an earlier `row_updated` is a typo. */
const EARLIEST_ROW_UPDATED = '2025-01-01'
/** Slack for the editor's time zone and a build run just after midnight. */
const FUTURE_MARGIN_DAYS = 2
/** A scheduled closure, or an event planned ahead, may be this many months after the build. */
const SCHEDULED_MONTHS = 12

export interface DateWindow {
  today: string
  /** Latest day for anything that has happened. */
  latest: string
  /** Latest day for a scheduled closure or a planned event. */
  latestScheduled: string
}

/** The build's own date, `YYYY-MM-DD` in UTC. */
export function buildDay(now = new Date()): string {
  return now.toISOString().slice(0, 10)
}

export function dateWindow(today: string): DateWindow {
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number)
  const ahead = new Date(Date.UTC(y, m - 1 + SCHEDULED_MONTHS, d)).toISOString().slice(0, 10)
  return { today, latest: addDays(today, FUTURE_MARGIN_DAYS), latestScheduled: ahead }
}

interface Problem {
  column: string
  message: string
}

function judge(
  column: string,
  value: string | undefined,
  earliest: string,
  latest: string,
  w: DateWindow,
  scheduled = false,
): Problem[] {
  if (value === undefined) return []
  const day = effectiveDay(value)
  if (day < earliest)
    return [{ column, message: `is ${value}, before ${earliest}; check the year` }]
  if (day > latest)
    return [
      {
        column,
        message: scheduled
          ? `is ${value}, more than ${SCHEDULED_MONTHS} months after the build's date (${w.today}); check the year`
          : `is ${value}, after the build's date (${w.today}); a date that has not happened yet is a typo: check the year`,
      },
    ]
  return []
}

/** Dates of a clinic row outside the window, each under its own column. */
export function clinicDateProblems(p: ClinicProperties, w: DateWindow): Problem[] {
  const year = Number(w.today.slice(0, 4))
  const out: Problem[] = [
    ...p.picketed_on.flatMap((d) => judge('picketed_on', d, EARLIEST_DAY, w.latest, w)),
    ...judge('struck_on', p.struck_on, EARLIEST_DAY, w.latest, w),
    ...judge('closed_for_strike_on', p.closed_for_strike_on, EARLIEST_DAY, w.latest, w),
    ...judge('closure_announced_on', p.closure_announced_on, EARLIEST_DAY, w.latest, w),
    ...judge(
      'closed_on',
      p.closed_on,
      EARLIEST_DAY,
      p.closed_basis === 'scheduled' ? w.latestScheduled : w.latest,
      w,
      p.closed_basis === 'scheduled',
    ),
    ...judge('row_updated', p.row_updated, EARLIEST_ROW_UPDATED, w.latest, w),
  ]
  for (const column of ['coord_year', 'last_seen_open'] as const) {
    const v = p[column]
    if (v !== undefined && v > year)
      out.push({ column, message: `is ${v}, after the build's year (${year}); check the year` })
  }
  return out
}

/** An event may be planned ahead (a scheduled closure), within the same months. */
export function eventDateProblems(e: StoryEvent, w: DateWindow): Problem[] {
  return judge('date', e.date, EARLIEST_DAY, w.latestScheduled, w, true)
}
