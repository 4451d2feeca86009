import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { dayFromNumber, dayNumber } from '../../src/domain/dates.ts'
import { createDayIndex } from '../../src/domain/day-index.ts'
import { statusOn } from '../../src/domain/timeline.ts'
import { clinic } from '../support/clinic.ts'

const dataset = JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset
const features = [
  ...dataset.features,
  // The edge cases of timeline.test.ts: picket and strike on one day, a month-only announcement,
  // a scheduled closure, an event on the day after another.
  clinic({
    id: 'edge-a',
    evidence: 'inferred',
    picketed_on: ['2025-06-03', '2025-11-05'],
    struck_on: '2025-11-05',
    closure_announced_on: '2025-10',
    closed_on: '2026-02-01',
    closed_basis: 'scheduled',
  }),
  clinic({ id: 'edge-b', picketed_on: ['2025-11-04'], closed_for_strike_on: '2025-11-05' }),
  clinic({ id: 'edge-c' }),
]

/** Every day from a month before the first event to a month after the last (hand-picked ends). */
const FIRST = dayNumber('2025-05-01')
const LAST = dayNumber('2026-03-31')
const days = Array.from({ length: LAST - FIRST + 1 }, (_, i) => dayFromNumber(FIRST + i))

const expectSameAsStatusOn = (
  got: ReturnType<ReturnType<typeof createDayIndex>['viewsOn']>,
  day: string,
) => {
  expect(got.map((v) => v.feature.id)).toEqual(features.map((f) => f.id))
  got.forEach((v, i) =>
    expect(v.state, `${v.feature.id} on ${day}`).toEqual(statusOn(features[i]!.properties, day)),
  )
}

describe('createDayIndex', () => {
  it('gives the same state as statusOn for every clinic on every day, stepping forward', () => {
    const index = createDayIndex(features)
    for (const day of days) expectSameAsStatusOn(index.viewsOn(day), day)
  })

  it('and stepping backward, and jumping about at random (a drag, a shared link, Reset)', () => {
    const index = createDayIndex(features)
    for (const day of [...days].reverse()) expectSameAsStatusOn(index.viewsOn(day), day)
    let seed = 14
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 400; i++) {
      const day = days[Math.floor(random() * days.length)]!
      expectSameAsStatusOn(index.viewsOn(day), day)
    }
  })

  it('keeps one view object per clinic while its state holds, so unchanged rows skip rendering', () => {
    const index = createDayIndex(features)
    const before = index.viewsOn('2025-11-03')
    const strike = index.viewsOn('2025-11-05')
    const after = index.viewsOn('2025-11-20')
    const quiet = features.findIndex((f) => f.id === 'edge-c')
    expect(strike[quiet]).toBe(before[quiet])
    expect(after[quiet]).toBe(before[quiet])
    // edge-b is closed for the strike on 5 Nov only: a new view that day, and after it another.
    const b = features.findIndex((f) => f.id === 'edge-b')
    expect(strike[b]).not.toBe(before[b])
    expect(strike[b]?.state).toMatchObject({ status: 'closed_for_strike', today: true })
    expect(after[b]?.state).toMatchObject({ status: 'closed_for_strike', today: false })
    expect(index.viewsOn('2025-11-21')[b]).toBe(after[b])
  })
})
