/**
 * What a date step hands on (issue 14 pt 4, docs/step.md): the day index returns the very same
 * array when no clinic's state differs between the two days, so every memo downstream of it
 * (filters, list, markers, groups) keeps its result; a new array only when a clinic changes.
 */
import { describe, expect, it } from 'vitest'
import { createDayIndex } from '../../src/domain/day-index.ts'
import { clinic } from '../support/clinic.ts'

// Two clinics by hand: one struck on 5 Nov 2025, one scheduled to close on 1 Feb 2026.
const features = [
  clinic({ id: 'struck', evidence: 'confirmed', struck_on: '2025-11-05' }),
  clinic({ id: 'closing', closed_on: '2026-02-01', closed_basis: 'scheduled' }),
]

describe('viewsOn across a step', () => {
  it('is the same array on a day when neither clinic changes, forward and back', () => {
    const index = createDayIndex(features)
    const first = index.viewsOn('2025-10-01')
    expect(index.viewsOn('2025-10-02')).toBe(first)
    expect(index.viewsOn('2025-10-20')).toBe(first)
    expect(index.viewsOn('2025-09-15')).toBe(first)
  })

  it('is a new array when a clinic changes, with only that clinic’s view new', () => {
    const index = createDayIndex(features)
    const before = index.viewsOn('2026-01-31')
    const after = index.viewsOn('2026-02-01')
    expect(after).not.toBe(before)
    expect(after[0]).toBe(before[0]) // struck: nothing new since 6 Nov
    expect(after[1]).not.toBe(before[1])
    expect(after[1]?.state.status).not.toBe(before[1]?.state.status)
  })

  it('is a new array across the strike day and the day after it ("today" ends)', () => {
    const index = createDayIndex(features)
    const eve = index.viewsOn('2025-11-04')
    const strike = index.viewsOn('2025-11-05')
    const after = index.viewsOn('2025-11-06')
    expect(strike).not.toBe(eve)
    expect(strike[0]?.state.today).toBe(true)
    expect(after).not.toBe(strike)
    expect(after[0]?.state.today).toBe(false)
    expect(index.viewsOn('2025-11-07')).toBe(after)
  })
})
