/**
 * Property tests (fast-check): rules that must hold for every input, not just the examples we
 * thought of. A failure prints the smallest counter-example fast-check finds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EVIDENCE } from '../../src/domain/vocabulary.ts'
import { KIND_FILTERS } from '../../src/domain/filters.ts'
import { statusOn, STATUSES } from '../../src/domain/timeline.ts'
import {
  MAX_QUERY,
  parseViewState,
  serializeViewState,
  THEMES,
  PANELS,
  type UrlContext,
  type ViewState,
} from '../../src/domain/url-state.ts'
import { clinic } from '../support/clinic.ts'

const CTX: UrlContext = {
  min: '2025-06-01',
  max: '2026-02-28',
  defaultDate: '2025-11-05',
  clinicIds: new Set(['coon-rapids', 'chaska', 'st-paul-midway']),
}

const DAY0 = Date.UTC(2025, 5, 1)
const dayIn = (from: number, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((n) => new Date(from + n * 86_400_000).toISOString().slice(0, 10))
const rangeDay = dayIn(DAY0, 272) // 1 Jun 2025 to 28 Feb 2026
// Text near the length cap with characters outside the BMP: slicing by code units can cut one
// in half, and a lone surrogate makes encodeURIComponent throw.
const nearCap = fc
  .array(fc.constantFrom('a', ' ', '😀', 'é', '%', '&', '+'), { minLength: 70, maxLength: 95 })
  .map((chars) => chars.join(''))
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), nearCap)

const viewState: fc.Arbitrary<ViewState> = fc.record({
  date: rangeDay,
  statuses: fc.subarray([...STATUSES]),
  kinds: fc.subarray([...KIND_FILTERS]),
  evidence: fc.subarray([...EVIDENCE]),
  q: anyText.map((t) => parseViewState(`?q=${encodeURIComponent(t)}`, CTX).q),
  clinic: fc.option(fc.constantFrom(...CTX.clinicIds), { nil: undefined }),
  theme: fc.option(fc.constantFrom(...THEMES), { nil: undefined }),
  panel: fc.constantFrom(...PANELS),
  embed: fc.boolean(),
  showTitle: fc.boolean(),
  screenshot: fc.boolean(),
  tiles: fc.boolean(),
})

describe('URL state', () => {
  it('every valid view survives a round trip through its URL', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(parseViewState(serializeViewState(state, CTX), CTX)).toEqual(state)
      }),
      { numRuns: 2000 },
    )
  })

  it('any query string, however mangled, parses without throwing to a view whose URL is stable', () => {
    const junk = fc.oneof(
      anyText,
      fc
        .array(
          fc.tuple(
            fc.constantFrom('date', 'status', 'kind', 'evidence', 'q', 'clinic', 'theme', 'x'),
            anyText,
          ),
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    )
    fc.assert(
      fc.property(junk, (search) => {
        const once = serializeViewState(parseViewState(search, CTX), CTX)
        expect(serializeViewState(parseViewState(once, CTX), CTX)).toBe(once)
        const q = parseViewState(search, CTX).q
        expect(q.length).toBeLessThanOrEqual(MAX_QUERY)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('timeline precedence', () => {
  const storyDay = dayIn(Date.UTC(2025, 0, 1), 500)
  const facts = fc.record({
    picketed_on: fc.uniqueArray(storyDay, { maxLength: 3 }),
    struck_on: fc.option(storyDay, { nil: undefined }),
    closed_for_strike_on: fc.option(storyDay, { nil: undefined }),
    closed_on: fc.option(storyDay, { nil: undefined }),
  })

  it('a closure beats everything; else the day’s own event; else the latest kind of history', () => {
    fc.assert(
      fc.property(facts, storyDay, (f, day) => {
        const p = clinic({ evidence: 'confirmed', ...f }).properties
        const { status, today } = statusOn(p, day)
        // The rule of src/domain/timeline.ts, restated independently.
        const picketToday = f.picketed_on.includes(day) && f.struck_on !== day
        if (f.closed_on && f.closed_on <= day) {
          expect(status).toBe('closed')
          expect(today).toBe(f.closed_on === day)
        } else if (f.closed_for_strike_on === day) {
          expect([status, today]).toEqual(['closed_for_strike', true])
        } else if (f.struck_on === day) {
          expect([status, today]).toEqual(['struck', true])
        } else if (picketToday) {
          expect([status, today]).toEqual(['picketed', true])
        } else if (f.struck_on && f.struck_on < day) {
          expect([status, today]).toEqual(['struck', false])
        } else if (f.closed_for_strike_on && f.closed_for_strike_on < day) {
          expect([status, today]).toEqual(['closed_for_strike', false])
        } else if (f.picketed_on.some((d) => d < day)) {
          expect([status, today]).toEqual(['picketed', false])
        } else {
          expect([status, today]).toEqual(['open', false])
        }
      }),
      { numRuns: 3000 },
    )
  })
})
