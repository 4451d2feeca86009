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
      'scheduled to close on 1 Feb 2026',
    )
    expect(statusPhrase(chaska, statusOn(chaska, '2026-01-31'))).toBe(
      'scheduled to close on 1 Feb 2026',
    )
    // On the day and after it, with no source reporting the closure (issue 11, point 6).
    expect(statusPhrase(chaska, statusOn(chaska, '2026-02-01'))).toBe(
      'was scheduled to close on 1 Feb 2026; no source seen confirms it',
    )
    expect(statusPhrase(chaska, statusOn(chaska, '2026-11-23'))).toBe(
      'was scheduled to close on 1 Feb 2026; no source seen confirms it',
    )
  })

  it('does not call an unverified site struck, nor an old address exact', () => {
    const old = clinic({
      name: 'Allina Health Woodbury Clinic',
      evidence: 'unverified',
      last_seen_open: 2008,
      precision: 'point',
      coord_year: 2009,
      coord_source_url: 'https://example.org/',
    }).properties
    expect(statusPhrase(old, statusOn(old, '2025-11-05'))).toBe('not known to be open or struck')
    expect(markerLabel(old, statusOn(old, '2025-11-05'))).toBe(
      'Allina Health Woodbury Clinic, not known to be open or struck, approximate location',
    )
    const recent = { ...old, coord_year: 2023 }
    expect(markerLabel(recent, statusOn(recent, '2025-11-05'))).toBe(
      'Allina Health Woodbury Clinic, not known to be open or struck',
    )
  })

  it('reads a reported closure as closed, and before it as closing', () => {
    const oakdale = clinic({
      evidence: 'closed_before',
      closure_announced_on: '2025-09',
      closed_on: '2025-11-01',
      closed_basis: 'reported',
    }).properties
    expect(statusPhrase(oakdale, statusOn(oakdale, '2025-10-01'))).toBe('closing 1 Nov 2025')
    expect(statusPhrase(oakdale, statusOn(oakdale, '2025-11-05'))).toBe('closed 1 Nov 2025')
  })

  it('words every other state the list and the markers show, each with its own date', () => {
    const picketedTwice = clinic({
      evidence: 'confirmed',
      precision: 'point',
      picketed_on: ['2025-06-03', '2025-11-05'],
    }).properties
    // The phrase names the latest picket the reader's date has reached, not the last one listed.
    expect(statusPhrase(picketedTwice, statusOn(picketedTwice, '2025-06-03'))).toBe(
      'picketed today, 3 Jun 2025',
    )
    expect(statusPhrase(picketedTwice, statusOn(picketedTwice, '2025-07-01'))).toBe(
      'picketed 3 Jun 2025',
    )
    expect(statusPhrase(picketedTwice, statusOn(picketedTwice, '2025-11-20'))).toBe(
      'picketed 5 Nov 2025',
    )
    expect(statusPhrase(picketedTwice, statusOn(picketedTwice, '2025-05-01'))).toBe(
      'no event reported yet',
    )

    const shut = clinic({ evidence: 'confirmed', closed_for_strike_on: '2025-11-05' }).properties
    expect(statusPhrase(shut, statusOn(shut, '2025-11-05'))).toBe(
      'closed for the strike today, 5 Nov 2025',
    )
    expect(statusPhrase(shut, statusOn(shut, '2025-12-01'))).toBe(
      'closed for the strike 5 Nov 2025',
    )

    const inferred = clinic({
      evidence: 'inferred',
      last_seen_open: 2025,
      struck_on: '2025-11-05',
    }).properties
    expect(statusPhrase(inferred, statusOn(inferred, '2025-11-06'))).toBe(
      'probably struck 5 Nov 2025',
    )

    const unlikely = clinic({ evidence: 'unlikely' }).properties
    expect(statusPhrase(unlikely, statusOn(unlikely, '2025-11-05'))).toBe(
      'probably not in the strike',
    )

    const undated = clinic({ evidence: 'confirmed', closure_announced_on: '2025-09' }).properties
    expect(statusPhrase(undated, statusOn(undated, '2025-10-01'))).toBe('closure announced')
  })
})
