import { describe, expect, it } from 'vitest'
import { markerLabel, statusPhrase } from '../../src/domain/labels.ts'
import { statusOn } from '../../src/domain/timeline.ts'
import { clinic } from '../support/clinic.ts'

describe('reader labels', () => {
  const coonRapids = clinic({
    name: 'Allina Health Coon Rapids Clinic',
    evidence: 'confirmed',
    precision: 'point',
    picketed_on: ['2025-06-03'],
    struck_on: '2025-11-05',
  }).properties
  const chaska = clinic({
    name: 'Allina Health Chaska Clinic',
    evidence: 'inferred',
    last_seen_open: 2025,
    struck_on: '2025-11-05',
    closure_announced_on: '2025-10-24',
    closed_on: '2026-02-01',
    closed_basis: 'scheduled',
  }).properties

  it('names a marker the way the issue asks: "Allina Health Coon Rapids Clinic, struck 5 Nov 2025"', () => {
    expect(markerLabel(coonRapids, statusOn(coonRapids, '2025-12-01'))).toBe(
      'Allina Health Coon Rapids Clinic, struck 5 Nov 2025',
    )
    expect(markerLabel(coonRapids, statusOn(coonRapids, '2025-11-05'))).toBe(
      'Allina Health Coon Rapids Clinic, on strike today, 5 Nov 2025',
    )
    expect(markerLabel(coonRapids, statusOn(coonRapids, '2025-06-10'))).toBe(
      'Allina Health Coon Rapids Clinic, picketed 3 Jun 2025',
    )
  })

  it('says "probably" for inferred strikes, "scheduled" for unconfirmed closures, and flags approximate positions', () => {
    expect(markerLabel(chaska, statusOn(chaska, '2025-11-05'))).toBe(
      'Allina Health Chaska Clinic, probably on strike today, 5 Nov 2025, approximate location',
    )
    expect(statusPhrase(chaska, statusOn(chaska, '2025-12-01'))).toBe(
      'closing 1 Feb 2026 (scheduled)',
    )
    expect(statusPhrase(chaska, statusOn(chaska, '2026-02-02'))).toBe(
      'scheduled to close 1 Feb 2026',
    )
  })

  it('does not call an unverified site struck', () => {
    const old = clinic({ evidence: 'unverified', last_seen_open: 2008 }).properties
    expect(statusPhrase(old, statusOn(old, '2025-11-05'))).toBe('not known to be open or struck')
  })
})
