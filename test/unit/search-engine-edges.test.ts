/**
 * The search engine on a small fixture (two clinics, one town): who is offered when a town has
 * no clinic of its own, when a distance says "about", the order of a name search's list and the
 * map's fit, and the words for a state with no clinic. Distances are by hand: 0.1° of longitude
 * at 45° N is 4.88 mi; 0.25° of latitude is 17.3 mi.
 */
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { clinicsOn } from '../../src/domain/filters.ts'
import { createEngine, readPlaces, type SearchEngine } from '../../src/domain/search-engine.ts'
import { clinic } from '../support/clinic.ts'

const { summary } = JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset
const UNIDENTIFIED =
  '43 of the 61 struck clinics are not yet identified, so yours may be one of them.'
const MAPLE: [number, number] = [-93.2, 45.0]
const GONE: [number, number] = [-93.3, 45.0]
const HAM_LAKE: [number, number] = [-93.2, 45.25]
const features = () => [
  clinic(
    {
      id: 'maple',
      name: 'Allina Health Maple Clinic',
      precision: 'point',
      coord_year: 2024,
      evidence: 'confirmed',
    },
    MAPLE,
  ),
  clinic(
    {
      id: 'gone',
      name: 'Allina Health Maplewood Clinic',
      city: 'Ramsey',
      evidence: 'closed_before',
      closed_on: '2025-11-01',
      closed_basis: 'reported',
    },
    GONE,
  ),
]
const views = () => clinicsOn(features(), '2025-11-05')
let engine: SearchEngine
beforeEach(() => {
  engine = createEngine(
    features(),
    summary,
    readPlaces({ attribution: '', places: [['Ham Lake', 'MN', ...HAM_LAKE]], zips: [] }),
  )
})

describe('the search engine on a fixture', () => {
  it('offers a clinic that closed before the strike among the nearest a source shows', () => {
    const o = engine.outcome('Ham Lake', undefined, views())
    expect(o.offer.map((x) => x.id)).toEqual(['maple', 'gone'])
    // From a town centre every distance is "about", even to a precisely placed clinic.
    expect(o.distances.get('maple')).toBe('about 17 mi')
    expect(o.fit).toEqual([HAM_LAKE, MAPLE, GONE])
    // The town itself is marked on the map, named as the search line names it.
    expect(o.place).toEqual({ at: HAM_LAKE, name: 'Ham Lake, MN' })
  })

  it('marks the reader’s own position for Near me, and nothing for a name search', () => {
    expect(engine.outcome('', { at: MAPLE, accuracy: 30 }, views()).place).toEqual({
      at: MAPLE,
      name: 'your location',
    })
    expect(engine.outcome('maple', undefined, views()).place).toBeUndefined()
    expect(engine.outcome('', undefined, views()).place).toBeUndefined()
  })

  it('gives an exact distance from a device fix of 200 m or better, "about" beyond', () => {
    const at = (accuracy: number) =>
      engine.outcome('', { at: MAPLE, accuracy }, views()).distances.get('maple')
    expect([at(50), at(200), at(201)]).toEqual(['0 mi', '0 mi', 'about 0 mi'])
  })

  it('lists a name search best match first, whatever the order of the clinics given', () => {
    const o = engine.outcome('maple', undefined, [...views()].reverse())
    expect(o.shown.map((v) => v.feature.id)).toEqual(['maple', 'gone'])
    expect(o.fit).toEqual([MAPLE, GONE])
  })

  it('lists three matches best first, whatever the order of the clinics given', () => {
    const three = [
      ...features(),
      clinic(
        { id: 'grove', name: 'Allina Health Maple Grove Clinic', city: 'Ramsey' },
        [-93.4, 45.0],
      ),
    ]
    const day = clinicsOn(three, '2025-11-05')
    const byId = (id: string) => day.find((v) => v.feature.id === id) as (typeof day)[number]
    // maple: 0 (whole word); Maple Grove: 0.1 (one word left over); Maplewood: 0.5 (a beginning).
    const o = createEngine(three, summary, []).outcome('maple', undefined, [
      byId('grove'),
      byId('gone'),
      byId('maple'),
    ])
    expect(o.shown.map((v) => v.feature.id)).toEqual(['maple', 'grove', 'gone'])
  })

  it('says a state has no clinic without blaming the filters, quoting the query trimmed', () => {
    const o = engine.outcome('  Wisconsin ', undefined, views())
    expect(o.message).toBe(`No identified clinic in Wisconsin matches “Wisconsin”. ${UNIDENTIFIED}`)
    expect(engine.outcome('zzqxj', undefined, views()).heading).toBe('')
  })
})
