import { describe, expect, it } from 'vitest'
import { addDays, effectiveDay, formatDate, isDay, isPartialDate } from '../../src/domain/dates.ts'

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
})
