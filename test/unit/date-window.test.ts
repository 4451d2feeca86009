/**
 * The window of dates the build accepts (scripts/lib/date-window.ts), judged on hand-made rows:
 * a build on 1 Dec 2026 accepts anything that happened up to 3 Dec (two days' slack), a
 * scheduled closure or planned event up to 1 Dec 2027, nothing before 2000 (row_updated:
 * nothing before 2025).
 */
import { describe, expect, it } from 'vitest'
import {
  buildDay,
  clinicDateProblems,
  dateWindow,
  eventDateProblems,
} from '../../scripts/lib/date-window.ts'
import type { ClinicProperties, StoryEvent } from '../../src/domain/clinic-schema.ts'

const W = { today: '2026-12-01', latest: '2026-12-03', latestScheduled: '2027-12-01' }

const row = (p: Partial<ClinicProperties>) =>
  ({ picketed_on: [], row_updated: '2026-11-30', ...p }) as ClinicProperties

const AFTER = (v: string) =>
  `is ${v}, after the build's date (2026-12-01); a date that has not happened yet is a typo: check the year`
const SCHEDULED = (v: string) =>
  `is ${v}, more than 12 months after the build's date (2026-12-01); check the year`

describe('buildDay and dateWindow', () => {
  it("is the build's UTC day", () => {
    expect(buildDay(new Date('2026-12-01T23:59:59Z'))).toBe('2026-12-01')
    expect(buildDay(new Date('2026-12-02T03:00:00-06:00'))).toBe('2026-12-02')
    expect(buildDay()).toBe(new Date().toISOString().slice(0, 10))
  })

  it('runs two days past the build, and twelve months for what is scheduled', () => {
    expect(dateWindow('2026-12-01')).toEqual(W)
    expect(dateWindow('2025-03-15')).toEqual({
      today: '2025-03-15',
      latest: '2025-03-17',
      latestScheduled: '2026-03-15',
    })
    // Across a month's end: 30 Dec + 2 days is 1 Jan.
    expect(dateWindow('2026-12-30').latest).toBe('2027-01-01')
  })
})

describe('clinicDateProblems', () => {
  it('accepts a row whose dates sit on the edges of the window', () => {
    expect(
      clinicDateProblems(
        row({
          picketed_on: ['2000-01-01', '2026-12-03'],
          struck_on: '2025-11-05',
          closed_for_strike_on: '2025-11-05',
          closure_announced_on: '2025-10-01',
          closed_on: '2026-12-03',
          row_updated: '2025-01-01',
          coord_year: 2026,
          last_seen_open: 2026,
        }),
        W,
      ),
    ).toEqual([])
  })

  it('names each date out of the window under its own column', () => {
    expect(
      clinicDateProblems(
        row({
          picketed_on: ['2025-06-03', '1999-12-31', '2026-12-04'],
          struck_on: '2099-11-05',
          closed_for_strike_on: '1925-11-05',
          closure_announced_on: '2026-12-04',
          row_updated: '2024-12-31',
          coord_year: 2027,
          last_seen_open: 2027,
        }),
        W,
      ),
    ).toEqual([
      { column: 'picketed_on', message: 'is 1999-12-31, before 2000-01-01; check the year' },
      { column: 'picketed_on', message: AFTER('2026-12-04') },
      { column: 'struck_on', message: AFTER('2099-11-05') },
      {
        column: 'closed_for_strike_on',
        message: 'is 1925-11-05, before 2000-01-01; check the year',
      },
      { column: 'closure_announced_on', message: AFTER('2026-12-04') },
      { column: 'row_updated', message: 'is 2024-12-31, before 2025-01-01; check the year' },
      { column: 'coord_year', message: "is 2027, after the build's year (2026); check the year" },
      {
        column: 'last_seen_open',
        message: "is 2027, after the build's year (2026); check the year",
      },
    ])
  })

  it('judges a month-only date by its last day', () => {
    // December 2026 ends on the 31st, after the window's 3 Dec; November 2026 is inside it.
    expect(clinicDateProblems(row({ closure_announced_on: '2026-12' }), W)).toEqual([
      { column: 'closure_announced_on', message: AFTER('2026-12') },
    ])
    expect(clinicDateProblems(row({ closure_announced_on: '2026-11' }), W)).toEqual([])
  })

  it('lets a scheduled closure run twelve months ahead, and a closure that happened none', () => {
    const closed = (closed_on: string, closed_basis: ClinicProperties['closed_basis']) =>
      clinicDateProblems(row({ closed_on, closed_basis }), W)
    expect(closed('2027-12-01', 'scheduled')).toEqual([])
    expect(closed('2027-12-02', 'scheduled')).toEqual([
      { column: 'closed_on', message: SCHEDULED('2027-12-02') },
    ])
    expect(closed('2026-12-04', 'reported')).toEqual([
      { column: 'closed_on', message: AFTER('2026-12-04') },
    ])
    expect(closed('1999-12-31', 'scheduled')).toEqual([
      { column: 'closed_on', message: 'is 1999-12-31, before 2000-01-01; check the year' },
    ])
  })
})

describe('eventDateProblems', () => {
  const event = (date: string) => ({ date }) as StoryEvent
  it('lets an event be planned up to twelve months ahead, and not before 2000', () => {
    expect(eventDateProblems(event('2027-12-01'), W)).toEqual([])
    expect(eventDateProblems(event('2000-01-01'), W)).toEqual([])
    expect(eventDateProblems(event('2027-12-02'), W)).toEqual([
      { column: 'date', message: SCHEDULED('2027-12-02') },
    ])
    expect(eventDateProblems(event('1999-12-31'), W)).toEqual([
      { column: 'date', message: 'is 1999-12-31, before 2000-01-01; check the year' },
    ])
  })
})
