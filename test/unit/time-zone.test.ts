/**
 * `npm test` runs this layer in UTC, America/Chicago and Asia/Tokyo (scripts/test-all.mjs). This
 * proves the process really is in the zone asked for, and that the story's dates read the same.
 */
import { expect, it } from 'vitest'
import { addDays, formatDate } from '../../src/domain/dates.ts'

it('Node runs in the zone the test run asked for, and dates still read right', () => {
  if (process.env.TZ) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ)
  expect(formatDate('2025-11-05', 'long')).toBe('Wednesday 5 November 2025')
  expect(formatDate('2025-06-03', 'long')).toBe('Tuesday 3 June 2025')
  expect(addDays('2025-11-01', 1)).toBe('2025-11-02') // the night clocks went back in Minnesota
  expect(addDays('2026-03-08', 1)).toBe('2026-03-09') // and forward
})
