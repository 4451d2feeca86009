/**
 * Calendar dates as ISO strings. The story happens on Minnesota calendar days, so dates never
 * become `Date` objects in local time: `new Date('2025-11-05')` is UTC midnight, which is the
 * evening of 4 November in Minnesota. All arithmetic here is on UTC day numbers.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string

/** A day or, where a source gives only the month, `YYYY-MM`. */
export type PartialDate = string

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_RE = /^(\d{4})-(\d{2})$/
const MS_PER_DAY = 86_400_000

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True for a real calendar day: `isDay('2025-02-29')` is false. */
export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** True for `YYYY-MM-DD` or `YYYY-MM` with a real month (and day). */
export function isPartialDate(value: string): boolean {
  if (isDay(value)) return true
  const m = MONTH_RE.exec(value)
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

/**
 * The first day on which a dated fact is known to hold. A month-only date counts from the
 * month's last day, so the map never shows a state before a source supports it.
 * `effectiveDay('2025-09')` is `'2025-09-30'`.
 */
export function effectiveDay(value: PartialDate): IsoDay {
  const m = MONTH_RE.exec(value)
  if (!m) return value
  const last = daysInMonth(Number(m[1]), Number(m[2]))
  return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`
}

/** Days since 1970-01-01 for an ISO day: `dayNumber('1970-01-02')` is 1. */
export function dayNumber(day: IsoDay): number {
  const m = DAY_RE.exec(day)
  if (!m) throw new Error(`not a YYYY-MM-DD day: ${day}`)
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY
}

/** The ISO day for a day number: `dayFromNumber(1)` is `'1970-01-02'`. */
export function dayFromNumber(n: number): IsoDay {
  return new Date(Math.round(n) * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Adds whole days: `addDays('2025-10-31', 1)` is `'2025-11-01'`. */
export function addDays(day: IsoDay, days: number): IsoDay {
  return dayFromNumber(dayNumber(day) + days)
}

/**
 * A date for readers. `formatDate('2025-11-05')` is `'5 Nov 2025'`; with `long`,
 * `'Wednesday 5 November 2025'`; a month-only date reads `'September 2025'`.
 */
export function formatDate(value: PartialDate, style: 'short' | 'long' = 'short'): string {
  const month = MONTH_RE.exec(value)
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`
  const m = DAY_RE.exec(value)
  if (!m) return value
  const monthName = MONTHS[Number(m[2]) - 1] ?? ''
  const dayOfMonth = Number(m[3])
  if (style === 'short') return `${dayOfMonth} ${monthName.slice(0, 3)} ${m[1]}`
  const weekday = WEEKDAYS[new Date(dayNumber(value) * MS_PER_DAY).getUTCDay()]
  return `${weekday} ${dayOfMonth} ${monthName} ${m[1]}`
}
