/**
 * Small rules of the domain at their edges, each pinned with values typed by hand: the miles
 * shown at 0.05 and 10, the change log's order on equal dates, a damaged places.json row, URL
 * hosts with a port or digits, the nearest list with a place's own clinics, the closed-for-the-day
 * names in order, and each part of a still's filter note.
 */
import { describe, expect, it } from 'vitest'
import { readChanges } from '../../src/domain/changes.ts'
import { coverageOf } from '../../src/domain/coverage.ts'
import { filterNote } from '../../src/domain/filter-note.ts'
import { clinicsOn } from '../../src/domain/filters.ts'
import { formatMiles } from '../../src/domain/geo.ts'
import { nearestTo } from '../../src/domain/nearest.ts'
import { readPlaces } from '../../src/domain/places-file.ts'
import { urlProblem } from '../../src/domain/url-rules.ts'
import { clinic } from '../support/clinic.ts'

describe('formatMiles', () => {
  it('shows tenths from 0.05 mi and whole miles from 10 mi', () => {
    expect([formatMiles(0.04, false), formatMiles(0.05, false)]).toEqual(['0 mi', '0.1 mi'])
    expect([formatMiles(9.94, false), formatMiles(10, false)]).toEqual(['9.9 mi', '10 mi'])
  })
})

describe('readChanges', () => {
  it('lists newest first, keeps same-day entries in the log’s order, and skips null', () => {
    const entry = (date: string, what: string) => ({
      date,
      clinic_ids: ['chaska'],
      what_changed: what,
      sources: ['https://www.fox9.com/'],
    })
    const got = readChanges({
      changes: [
        entry('2026-10-01', 'a'),
        entry('2026-11-23', 'b'),
        null,
        entry('2026-12-01', 'c'),
        entry('2026-11-23', 'd'),
        entry('2026-09-15', 'e'),
      ],
    })
    expect(got.map((c) => c.what_changed)).toEqual(['c', 'b', 'd', 'a', 'e'])
  })
})

describe('readPlaces', () => {
  it('refuses a row that only looks like a list (an object with a length)', () => {
    const fake = { 0: 'Ada', 1: 'MN', 2: -96.515, 3: 47.3, length: 4 }
    expect(() => readPlaces({ attribution: '', places: [fake], zips: [] })).toThrow(/damaged place/)
  })
})

describe('urlProblem', () => {
  it('strips only a port at the end of the host, and reads only an all-digit host as an IP', () => {
    expect(urlProblem('https://example.com:8080/a')).toBeUndefined()
    expect(urlProblem('https://example.com:80x/')).toBe('must be a full https:// address')
    expect(urlProblem('https://3m.com/')).toBeUndefined()
    expect(urlProblem('https://web.site2/')).toBeUndefined()
  })
})

describe('nearestTo', () => {
  it('lists a place’s own clinic once, then the nearest others', () => {
    const views = clinicsOn(
      [
        clinic({ id: 'own' }, [-93.2, 45.0]),
        clinic({ id: 'near' }, [-93.21, 45.0]),
        clinic({ id: 'far' }, [-93.5, 45.0]),
      ],
      '2025-11-05',
    )
    const ids = nearestTo(views, [-93.2, 45.0], true, ['own']).map((r) => r.view.feature.id)
    expect(ids).toEqual(['own', 'near', 'far'])
  })
})

describe('coverageOf', () => {
  it('names the clinics closed for the day in alphabetical order', () => {
    const c = coverageOf(
      [
        clinic({
          id: 'z',
          name: 'Allina Health Zumbrota Clinic',
          closed_for_strike_on: '2025-11-05',
        }),
        clinic({
          id: 'a',
          name: 'Allina Health Annandale Clinic',
          closed_for_strike_on: '2025-11-05',
        }),
      ],
      { reported: { struck: 61 } } as Parameters<typeof coverageOf>[1],
    )
    expect(c.closedForStrike).toEqual(['Annandale', 'Zumbrota'])
  })
})

describe('filterNote', () => {
  const all = { statuses: 8, kinds: 3, evidence: 5 }
  const none = { q: '', statuses: Array(8), kinds: Array(3), evidence: Array(5) }
  it('names hidden kinds of care and hidden evidence levels, each alone and together', () => {
    expect(filterNote({ ...none, kinds: Array(2) }, all, 30, 39)).toBe(
      'Filtered: some kinds of care hidden; 30 of 39 sites shown',
    )
    expect(filterNote({ ...none, evidence: Array(4) }, all, 20, 39)).toBe(
      'Filtered: some evidence levels hidden; 20 of 39 sites shown',
    )
    expect(filterNote({ ...none, q: 'x', kinds: Array(1), evidence: Array(1) }, all, 1, 39)).toBe(
      'Filtered: clinics matching “x”, some kinds of care hidden, some evidence levels hidden; 1 of 39 sites shown',
    )
  })
})
