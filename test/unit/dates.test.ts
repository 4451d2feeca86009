import { describe, expect, it } from 'vitest'
import {
  addDays,
  dayFromNumber,
  dayNumber,
  effectiveDay,
  formatDate,
  isDay,
  isPartialDate,
} from '../../src/domain/dates.ts'

describe('calendar dates', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isDay('2025-11-05')).toBe(true)
    expect(isDay('2024-02-29')).toBe(true)
    expect(isDay('2025-02-29')).toBe(false)
    expect(isDay('2025-11-31')).toBe(false)
    expect(isDay('2025-1-05')).toBe(false)
    expect(isPartialDate('2025-09')).toBe(true)
    expect(isPartialDate('2025-13')).toBe(false)
  })

  it('applies a month-only date from the last day of that month', () => {
    expect(effectiveDay('2025-09')).toBe('2025-09-30')
    expect(effectiveDay('2024-02')).toBe('2024-02-29')
    expect(effectiveDay('2025-11-05')).toBe('2025-11-05')
  })

  it('adds days across month and year ends', () => {
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28')
  })

  it('formats the strike day as a Minnesota reader reads it, whatever the time zone', () => {
    // 5 November 2025 was a Wednesday; a UTC-midnight Date would read 4 November in Minnesota.
    expect(formatDate('2025-11-05')).toBe('5 Nov 2025')
    expect(formatDate('2025-11-05', 'long')).toBe('Wednesday 5 November 2025')
    expect(formatDate('2025-09')).toBe('September 2025')
  })

  it('takes every month from January to December and no month 0 or 13, with or without a day', () => {
    expect(['2025-01', '2025-12', '2025-01-01', '2025-12-31'].map(isPartialDate)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(
      ['2025-00', '2025-13', '2025-00-10', '2025-13-01', '2025-11-00', 'Nov 2025'].map(
        isPartialDate,
      ),
    ).toEqual([false, false, false, false, false, false])
    expect(isDay('2025-12-32')).toBe(false)
    expect(isDay('2025-11-05x')).toBe(false)
  })

  it('counts days from 1 Jan 1970 both ways, and refuses a day that is not YYYY-MM-DD', () => {
    // 1 Jan 2025 is 55 years of 365 days plus 14 leap days (1972..2024) = 20089 days on.
    expect(dayNumber('2025-01-01')).toBe(20089)
    expect(dayFromNumber(20089)).toBe('2025-01-01')
    expect(dayFromNumber(20089.4)).toBe('2025-01-01')
    expect(() => dayNumber('5 Nov 2025')).toThrow('not a YYYY-MM-DD day: 5 Nov 2025')
  })

  it('leaves text that is no date as it is, and names each weekday and month in full', () => {
    expect(formatDate('soon')).toBe('soon')
    expect(formatDate('2025-06-03', 'long')).toBe('Tuesday 3 June 2025')
    expect(formatDate('2026-02-01', 'long')).toBe('Sunday 1 February 2026')
    expect(formatDate('2025-12-06', 'long')).toBe('Saturday 6 December 2025')
    expect(formatDate('2025-01-31')).toBe('31 Jan 2025')
  })
})
