/**
 * What the search box shows a reader, in Node, on the real dataset and gazetteer: the list, its
 * heading, the line under the box (read by screen readers), the nearest clinics offered, and
 * what the map fits. Counts are from data/clinics.geojson's summary (61 struck reported, 18
 * identified, so 43 unidentified); distances are worked out by hand with the haversine formula
 * from the clinics' and towns' coordinates (Northfield MN -93.162 44.458; Faribault clinic
 * 12.4 mi, Lakeville 13.8 mi, Apple Valley 19.1 mi).
 */
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { clinicsOn } from '../../src/domain/filters.ts'
import { createEngine, readPlaces, type SearchEngine } from '../../src/domain/search-engine.ts'

const dataset = JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset
const places = readPlaces(JSON.parse(readFileSync('public/places.json', 'utf8')))
const views = clinicsOn(dataset.features, '2025-11-05')
// A new engine in each test: code run at import belongs to no test in the mutation run.
let engine: SearchEngine
beforeEach(() => {
  engine = createEngine(dataset.features, dataset.summary, places)
})
const ids = (o: { shown: { feature: { id: string | number } }[] }) =>
  o.shown.map((v) => v.feature.id)
const UNIDENTIFIED =
  '43 of the 61 struck clinics are not yet identified, so yours may be one of them.'
const FARIBAULT: [number, number] = [-93.26883, 44.29496]

describe('the search engine', () => {
  it('shows every clinic, with no heading or message, for an empty box', () => {
    const o = engine.outcome('  ', undefined, views)
    expect(o.shown).toHaveLength(42)
    expect([o.heading, o.message, o.fit, o.offer]).toEqual(['', '', undefined, []])
  })

  it("lists a town's own clinic first, then its nearest, 5 in all, and fits them with the town", () => {
    const o = engine.outcome('Faribault', undefined, views)
    expect(ids(o)[0]).toBe('faribault')
    expect(o.shown).toHaveLength(5)
    expect(o.heading).toBe('Nearest to Faribault, MN, by straight-line distance')
    expect(o.message).toBe(
      'The 5 clinics nearest to Faribault, MN, by straight-line distance (not travel time).',
    )
    expect(o.offer).toEqual([])
    expect(o.fit).toHaveLength(6)
    expect(o.distances.get('faribault')).toMatch(/^about \d/)
  })

  it('says a town has no identified clinic, and offers the three nearest a source shows', () => {
    const o = engine.outcome('Northfield', undefined, views)
    expect(o.message).toBe(
      `No identified clinic in Northfield, MN. ${UNIDENTIFIED} The nearest are listed here and in the clinic list, by straight-line distance.`,
    )
    expect(o.offer).toEqual([
      { id: 'faribault', name: 'Allina Health Faribault Clinic', distance: 'about 12 mi' },
      { id: 'lakeville', name: expect.any(String), distance: 'about 14 mi' },
      { id: 'apple-valley', name: expect.any(String), distance: 'about 19 mi' },
    ])
    // The list itself holds every kind of site: Faribault, then the four at Lakeville.
    expect(ids(o)[0]).toBe('faribault')
    expect(o.shown).toHaveLength(5)
    expect(o.distances.get('lakeville')).toBe('about 14 mi')
    expect(o.fit?.[0]).toEqual([-93.162, 44.458])
  })

  it('says when the filters leave nothing near a place, and keeps the map on the place', () => {
    const o = engine.outcome('Northfield', undefined, [])
    expect(o.message).toBe('No clinic matches these filters.')
    expect(o.shown).toEqual([])
    expect(o.offer).toEqual([])
    expect(o.fit).toEqual([[-93.162, 44.458]])
    // Still marked, so the reader sees where the filters left nothing.
    expect(o.place).toEqual({ at: [-93.162, 44.458], name: 'Northfield, MN' })
  })

  it("counts a clinic's full name and a state as matches, in their own words", () => {
    const one = engine.outcome('Allina Health Faribault Clinic', undefined, views)
    expect(ids(one)).toEqual(['faribault'])
    expect(one.message).toBe('1 clinic matches.')
    expect(one.fit).toEqual([FARIBAULT])
    const wi = engine.outcome('Wisconsin', undefined, views)
    expect(ids(wi)).toEqual(['river-falls'])
    expect(wi.message).toBe('1 clinic matches in Wisconsin.')
    const mn = engine.outcome('Minnesota', undefined, views)
    expect(mn.message).toBe('41 clinics match in Minnesota.')
    expect(mn.heading).toBe('')
  })

  it('says a match is hidden by the filters, and says nothing matched otherwise', () => {
    const hidden = engine.outcome('Allina Health Faribault Clinic', undefined, [])
    expect(hidden.message).toBe(
      `No identified clinic matches “Allina Health Faribault Clinic” with these filters. ${UNIDENTIFIED}`,
    )
    const wi = engine.outcome('Wisconsin', undefined, [])
    expect(wi.message).toBe(
      `No identified clinic in Wisconsin matches “Wisconsin” with these filters. ${UNIDENTIFIED}`,
    )
    const none = engine.outcome(' zzqxj ', undefined, views)
    expect(none.message).toBe(
      `No identified clinic, town or ZIP code matches “zzqxj”. ${UNIDENTIFIED} Try a town, a ZIP code, or Near me.`,
    )
    expect([none.shown, none.fit]).toEqual([[], undefined])
  })

  it('refuses a ZIP outside the two states, and says why when the places failed to load', () => {
    expect(engine.outcome('10001', undefined, views).message).toBe(
      `ZIP 10001 is not a Minnesota or Wisconsin ZIP code. ${UNIDENTIFIED} Try a town, a ZIP code, or Near me.`,
    )
    const offline = createEngine(dataset.features, dataset.summary, [], 'network error')
    expect(offline.placesError).toBe('network error')
    expect(offline.outcome('55021', undefined, views).message).toBe(
      `ZIP codes cannot be looked up just now (network error). ${UNIDENTIFIED} Try a town, a ZIP code, or Near me.`,
    )
  })

  it('names a ZIP as "ZIP 55021" in the heading', () => {
    expect(engine.outcome('55021', undefined, views).heading).toBe(
      'Nearest to ZIP 55021, by straight-line distance',
    )
  })

  it('lists the nearest to the device, exact only when the fix is within 200 m', () => {
    const o = engine.outcome('Northfield', { at: FARIBAULT, accuracy: 50 }, views)
    expect(ids(o)[0]).toBe('faribault')
    expect(o.heading).toBe('Nearest to your location, by straight-line distance')
    expect(o.message).toBe(
      'The 5 clinics nearest to your location, by straight-line distance (not travel time).',
    )
    expect(o.offer).toEqual([])
    expect(o.fit?.[0]).toEqual(FARIBAULT)
  })

  it('says nothing about unidentified clinics when every struck clinic is identified', () => {
    const all = createEngine(dataset.features, { ...dataset.summary, identified: 61 }, places)
    expect(all.outcome('zzqxj', undefined, views).message).toBe(
      'No identified clinic, town or ZIP code matches “zzqxj”. Try a town, a ZIP code, or Near me.',
    )
    expect(
      all.suggest('Faribault').clinics.length + all.suggest('Faribault').places.length,
    ).toBeGreaterThan(0)
  })
})
