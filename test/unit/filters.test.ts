import { describe, expect, it } from 'vitest'
import {
  applyFilters,
  clinicsOn,
  countByStatus,
  groupByStatus,
  isUnfiltered,
  NO_FILTERS,
} from '../../src/domain/filters.ts'
import { clinic } from '../support/clinic.ts'

const features = [
  clinic({
    id: 'coon-rapids',
    name: 'Allina Health Coon Rapids Clinic',
    city: 'Coon Rapids',
    kind: 'both',
    evidence: 'confirmed',
    struck_on: '2025-11-05',
  }),
  clinic({
    id: 'chaska',
    name: 'Allina Health Chaska Clinic',
    city: 'Chaska',
    evidence: 'inferred',
    last_seen_open: 2025,
    struck_on: '2025-11-05',
  }),
  clinic({
    id: 'oakdale',
    name: 'Allina Health Oakdale Clinic',
    city: 'Oakdale',
    evidence: 'closed_before',
    closure_announced_on: '2025-09',
    closed_on: '2025-11-01',
    closed_basis: 'reported',
  }),
  clinic({
    id: 'united',
    name: 'Allina Health United Family Physicians Clinic',
    city: 'St. Paul',
    street: '233 Grand Avenue',
    zip: '55102',
  }),
  clinic({
    id: 'elk-river',
    name: 'Allina Health Elk River Clinic',
    city: 'Elk River',
    kind: 'unknown',
  }),
]
const onStrikeDay = clinicsOn(features, '2025-11-05')
const ids = (f: Partial<typeof NO_FILTERS>) =>
  applyFilters(onStrikeDay, { ...NO_FILTERS, ...f }).map((v) => v.feature.id)

describe('filters', () => {
  it('shows everything by default', () => {
    expect(ids({})).toEqual(['coon-rapids', 'chaska', 'oakdale', 'united', 'elk-river'])
    expect(isUnfiltered(NO_FILTERS)).toBe(true)
  })

  it('filters by the status on the selected day', () => {
    // Confirmed and probable strikes are separate statuses: a guess never counts as a fact.
    expect(ids({ statuses: ['struck'] })).toEqual(['coon-rapids'])
    expect(ids({ statuses: ['probably_struck'] })).toEqual(['chaska'])
    expect(ids({ statuses: ['struck', 'probably_struck'] })).toEqual(['coon-rapids', 'chaska'])
    expect(ids({ statuses: ['not_known'] })).toEqual(['united', 'elk-river'])
    expect(ids({ statuses: ['closed'] })).toEqual(['oakdale'])
    expect(
      applyFilters(clinicsOn(features, '2025-10-01'), { ...NO_FILTERS, statuses: ['closed'] }),
    ).toEqual([])
  })

  it('counts a clinic of both kinds as primary and as urgent care', () => {
    expect(ids({ kinds: ['urgent'] })).toEqual(['coon-rapids'])
    expect(ids({ kinds: ['primary'] })).toEqual(['coon-rapids', 'chaska', 'oakdale', 'united'])
    expect(ids({ kinds: ['not_stated'] })).toEqual(['elk-river'])
  })

  it('filters by evidence', () => {
    expect(ids({ evidence: ['confirmed'] })).toEqual(['coon-rapids'])
    expect(ids({ evidence: ['confirmed', 'inferred'] })).toEqual(['coon-rapids', 'chaska'])
  })

  it('finds a clinic by city or name, forgiving case, punctuation and "St."', () => {
    expect(ids({ q: 'saint paul' })).toEqual(['united'])
    expect(ids({ q: 'ST PAUL' })).toEqual(['united'])
    expect(ids({ q: 'grand ave' })).toEqual(['united'])
    expect(ids({ q: 'coon' })).toEqual(['coon-rapids'])
    expect(ids({ q: 'chaska clinic' })).toEqual(['chaska'])
    expect(ids({ q: 'duluth' })).toEqual([])
  })

  it('counts statuses under the other filters, so the legend shows what a tick would add', () => {
    const counts = countByStatus(onStrikeDay, {
      ...NO_FILTERS,
      statuses: ['closed'],
      evidence: ['confirmed', 'inferred', 'closed_before'],
    })
    expect(counts).toEqual({
      struck: 1,
      probably_struck: 1,
      closed_for_strike: 0,
      picketed: 0,
      closure_announced: 0,
      closed: 1,
      open: 0,
      not_known: 0,
    })
  })

  it('gives Reset something to do as soon as any one filter narrows the map, and not for blank space', () => {
    expect(isUnfiltered({ ...NO_FILTERS, q: '   ' })).toBe(true)
    expect(isUnfiltered({ ...NO_FILTERS, q: 'coon' })).toBe(false)
    expect(isUnfiltered({ ...NO_FILTERS, statuses: NO_FILTERS.statuses.slice(1) })).toBe(false)
    expect(isUnfiltered({ ...NO_FILTERS, kinds: ['primary', 'urgent'] })).toBe(false)
    expect(isUnfiltered({ ...NO_FILTERS, evidence: NO_FILTERS.evidence.slice(1) })).toBe(false)
  })

  it('finds a clinic by its ZIP code, and needs every word of the query', () => {
    expect(ids({ q: '55102' })).toEqual(['united'])
    expect(ids({ q: 'coon chaska' })).toEqual([])
    expect(ids({ q: ' elk   river ' })).toEqual(['elk-river'])
  })

  it('groups every clinic under its status when no filter applies (the legend before any choice)', () => {
    const groups = groupByStatus(onStrikeDay, undefined)
    expect(groups.struck.map((v) => v.feature.id)).toEqual(['coon-rapids'])
    expect(groups.not_known.map((v) => v.feature.id)).toEqual(['united', 'elk-river'])
    expect(groups.picketed).toEqual([])
  })
})
