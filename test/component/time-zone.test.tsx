/**
 * `npm test` runs this layer in several zones (scripts/test-all.mjs). This proves the browser
 * really is in the zone asked for; without it a zone run could silently be a UTC run.
 */
import { expect, it } from 'vitest'
import { formatDate } from '../../src/domain/dates.ts'

it('the browser runs in the zone the test run asked for, and dates still read right', () => {
  const asked = (import.meta.env as Record<string, string>).TEST_TZ
  if (asked) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(asked)
  expect(formatDate('2025-11-05', 'long')).toBe('Wednesday 5 November 2025')
})
