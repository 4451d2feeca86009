/** A reported closure in a clinic's history, as the details card lists it. */
import { describe, expect, it } from 'vitest'
import { statusOn } from '../../src/domain/timeline.ts'
import { clinic } from '../support/clinic.ts'

describe('a reported closure', () => {
  it('is the last line of the history, "Closed", from its day on', () => {
    // Shaped like Maplewood in clinics.csv: picketed 3 Jun 2025, closed 1 Nov 2025 (reported).
    const p = clinic({
      id: 'maplewood',
      evidence: 'closed_before',
      picketed_on: ['2025-06-03'],
      closure_announced_on: '2025-09',
      closed_on: '2025-11-01',
      closed_basis: 'reported',
    }).properties
    const on = statusOn(p, '2025-11-01')
    expect([on.status, on.since, on.history.at(-1)]).toEqual([
      'closed',
      '2025-11-01',
      { day: '2025-11-01', label: 'Closed' },
    ])
  })
})
