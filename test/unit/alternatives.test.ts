/**
 * Where a closed clinic's patients are sent: the card's open alternatives and the README's
 * "what the closures changed". Closure distances are checked against the haversine formula
 * worked out apart from the code (R = 3958.76 mi) on data/clinics.geojson's coordinates:
 * Chaska to Savage 13.06 mi, Inver Grove Heights to Cottage Grove 5.04, Maplewood to United
 * Family Physicians 4.83, Nicollet Mall to Richfield 6.74, Oakdale to United 6.41.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { closureEffects, openAlternatives } from '../../src/domain/alternatives.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { clinic } from '../support/clinic.ts'

const dataset = JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset

describe('closureEffects', () => {
  it('names the nearest remaining identified clinic for each closure, sorted by the closed clinic', () => {
    expect(closureEffects(dataset.features)).toEqual([
      { closed: 'chaska', nearest: 'savage', miles: 13.1, approximate: true },
      { closed: 'inver-grove-heights', nearest: 'cottage-grove', miles: 5, approximate: true },
      { closed: 'maplewood', nearest: 'united-family-physicians', miles: 4.8, approximate: true },
      { closed: 'nicollet-mall', nearest: 'richfield', miles: 6.7, approximate: true },
      { closed: 'oakdale', nearest: 'united-family-physicians', miles: 6.4, approximate: true },
    ])
  })

  it('says exact when both ends are sourced points, and nothing when no clinic remains', () => {
    const point = {
      precision: 'point',
      coord_source_url: 'https://example.org/',
      coord_year: 2024,
    } as const
    const closed = clinic(
      {
        id: 'closed',
        evidence: 'closed_before',
        closed_on: '2025-11-01',
        closed_basis: 'reported',
        ...point,
      },
      [-93.0, 45.0],
    )
    const open = clinic(
      { id: 'open', evidence: 'confirmed', struck_on: '2025-11-05', ...point },
      [-93.0, 45.1],
    )
    // 0.1 degree of latitude is 6.91 mi.
    expect(closureEffects([closed, open])).toEqual([
      { closed: 'closed', nearest: 'open', miles: 6.9, approximate: false },
    ])
    expect(closureEffects([closed])).toEqual([])
  })
})

describe('openAlternatives', () => {
  const here = clinic(
    { id: 'here', evidence: 'closed_before', closed_on: '2025-11-01', closed_basis: 'reported' },
    [-93.0, 45.0],
  )
  const at = (id: string, lat: number, o: Parameters<typeof clinic>[0]) =>
    clinic({ id, name: id, ...o }, [-93.0, lat])
  const features = [
    here,
    at('unverified-next-door', 45.001, {}),
    at('shut-for-strike', 45.002, { evidence: 'confirmed', closed_for_strike_on: '2025-11-05' }),
    at('closes-1-nov', 45.003, {
      evidence: 'confirmed',
      struck_on: '2025-11-05',
      closed_on: '2025-11-01',
      closed_basis: 'reported',
    }),
    at('confirmed', 45.01, { evidence: 'confirmed', struck_on: '2025-11-05' }),
    at('inferred', 45.02, { evidence: 'inferred', last_seen_open: 2024, struck_on: '2025-11-05' }),
    at('far', 45.5, { evidence: 'confirmed', struck_on: '2025-11-05' }),
    at('farther', 45.6, { evidence: 'confirmed', struck_on: '2025-11-05' }),
  ]
  const ids = (day: string, count?: number) =>
    openAlternatives(here, features, day, count).map((r) => r.view.feature.id)

  it('sends readers only to identified clinics open that day, nearest first, three by default', () => {
    expect(ids('2025-11-05')).toEqual(['confirmed', 'inferred', 'far'])
    expect(ids('2025-11-05', 5)).toEqual(['confirmed', 'inferred', 'far', 'farther'])
  })

  it('counts a clinic closed later, or shut for the strike later, as open before that day', () => {
    expect(ids('2025-10-15', 4)).toEqual([
      'shut-for-strike',
      'closes-1-nov',
      'confirmed',
      'inferred',
    ])
    expect(ids('2025-11-04', 4)).toEqual(['shut-for-strike', 'confirmed', 'inferred', 'far'])
  })

  it('gives the distance, "about" when the closed clinic is placed at a town centre', () => {
    const [first] = openAlternatives(here, features, '2025-11-05')
    // 0.01 degree of latitude is 0.69 mi.
    expect(first?.miles).toBeCloseTo(0.69, 2)
    expect(first?.about).toBe(true)
  })
})
