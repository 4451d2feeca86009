/**
 * The coverage lines a reader sees first (the phone's short form and the two sentences), on
 * the real dataset and on hand-made counts. Real counts from data/clinics.csv: 7 clinics
 * confirmed struck, 10 inferred, Annandale closed for the day by Allina (18 of 61, 43 missing).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import {
  coverageOf,
  coverageSentences,
  placeName,
  shortCoverage,
  type Coverage,
} from '../../src/domain/coverage.ts'

const dataset = JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset
const counts = (o: Partial<Coverage>): Coverage => ({
  reported: 61,
  identified: 18,
  confirmed: 7,
  probable: 10,
  closedForStrike: ['Annandale'],
  missing: 43,
  ...o,
})

describe('coverage lines', () => {
  it('counts the real data: 18 of 61 shown, Annandale closed for the day', () => {
    expect(coverageOf(dataset.features, dataset.summary)).toEqual(counts({}))
    expect(shortCoverage(counts({}))).toEqual({
      lead: 'Shown: 18 of the 61 struck clinics (7 confirmed, 10 probable, 1 closed for the day).',
      why: 'The union has not published the rest.',
    })
  })

  it('leaves out what is zero and says so when every struck clinic is shown', () => {
    const all = counts({ reported: 17, identified: 17, closedForStrike: [], missing: 0 })
    expect(shortCoverage(all)).toEqual({
      lead: 'Shown: 17 of the 17 struck clinics (7 confirmed, 10 probable).',
      why: 'The union has not published its list.',
    })
    expect(coverageSentences(all)).toEqual({
      lead: 'This map shows 17 of the 17 clinics that struck on 5 Nov 2025: 7 confirmed by reporting, 10 probably struck.',
      why: 'The union has not published its list; these are the ones reporting identifies.',
    })
  })

  it('names one clinic closed for the day, and counts two or more', () => {
    expect(coverageSentences(counts({})).lead).toBe(
      'This map shows 18 of the 61 clinics that struck on 5 Nov 2025: 7 confirmed by reporting, 10 probably struck, and Annandale, which Allina closed for the day.',
    )
    expect(coverageSentences(counts({ closedForStrike: ['Annandale', 'Buffalo'] })).lead).toMatch(
      /10 probably struck, and 2 that Allina closed for the day\.$/,
    )
    expect(coverageSentences(counts({})).why).toBe(
      'The other 43 are missing: the union has not published its list.',
    )
  })

  it('shortens a clinic name only at its start and end', () => {
    expect(placeName('Allina Health Coon Rapids Clinic')).toBe('Coon Rapids')
    expect(placeName('Allina Health Cedar Clinic Annex')).toBe('Cedar Clinic Annex')
    expect(placeName('Mercy Allina Health Clinic')).toBe('Mercy Allina Health')
  })
})
