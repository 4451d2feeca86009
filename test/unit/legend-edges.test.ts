/**
 * Legend rows at their edges: an empty row keeps its plain name, and a row whose clinics' news
 * fell on different days names every day, even on the day of one of them. Labels are typed from
 * the legend's wording (src/domain/symbols.ts) and the fixtures' dates.
 */
import { describe, expect, it } from 'vitest'
import { clinicsOn } from '../../src/domain/filters.ts'
import { legendOf } from '../../src/domain/legend.ts'
import { clinic } from '../support/clinic.ts'

describe('legend rows', () => {
  it('gives an empty row its plain name, not a dated one', () => {
    expect(legendOf([], '2025-11-05').labels.closure_announced).toBe('Scheduled to close')
  })

  it('dates a row when only some of its clinics’ news is today', () => {
    const views = clinicsOn(
      [
        clinic({ id: 'today', evidence: 'confirmed', picketed_on: ['2025-11-05'] }),
        clinic({ id: 'june', evidence: 'confirmed', picketed_on: ['2025-06-03'] }),
      ],
      '2025-11-05',
    )
    expect(legendOf(views, '2025-11-05').labels.picketed).toBe(
      'Picketed on 3 Jun 2025 or 5 Nov 2025',
    )
  })

  it('draws a row’s symbol with its clinics’ look when they share one, else the row’s own', () => {
    const picketed = (id: string, evidence: 'confirmed' | 'inferred') =>
      clinic({ id, evidence, last_seen_open: 2025, picketed_on: ['2025-06-03'] })
    const evidenceOf = (fs: ReturnType<typeof clinic>[]) =>
      legendOf(clinicsOn(fs, '2025-10-01'), '2025-10-01').evidence.picketed
    // Inferred is drawn hollow, confirmed solid (src/domain/symbols.ts): mixed, the row is solid.
    expect(evidenceOf([picketed('a', 'inferred'), picketed('b', 'confirmed')])).toBe('confirmed')
    expect(evidenceOf([picketed('a', 'inferred'), picketed('b', 'inferred')])).toBe('inferred')
    // Unverified is hollow too, but faint: a different look, so the row keeps its own.
    const faint = clinic({ id: 'c', evidence: 'unverified', picketed_on: ['2025-06-03'] })
    expect(evidenceOf([picketed('a', 'inferred'), faint])).toBe('confirmed')
  })
})
