/**
 * The search's domain: distance against GeographicLib (an independent geodesic library, used
 * only here), ZIP and state parsing, the typo matcher on misspellings of the data's own names
 * and of Minnesota towns, and the ranking. Expected values are typed from the CSV, the
 * gazetteers or by hand, never taken from the code under test.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { clinicsOn } from '../../src/domain/filters.ts'
import { formatMiles, milesBetween, type LonLat } from '../../src/domain/geo.ts'
import { buildIndex, readQuery, suggest, type Reading } from '../../src/domain/lookup.ts'
import { editDistance, matchCost, parseQuery } from '../../src/domain/lookup-text.ts'
import { nearestTo } from '../../src/domain/nearest.ts'
import { readPlaces } from '../../src/domain/places-file.ts'
import { clinic } from '../support/clinic.ts'

const require = createRequire(import.meta.url)
const { Geodesic } = require('geographiclib-geodesic') as {
  Geodesic: { WGS84: { Inverse(a: number, b: number, c: number, d: number): { s12: number } } }
}
const geodesicMiles = (a: LonLat, b: LonLat) =>
  Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 / 1609.344

const dataset = JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset
const places = readPlaces(JSON.parse(readFileSync('public/places.json', 'utf8')))
// Built inside each test, not once at import: the mutation run judges a mutant only by the tests
// that ran its code, and code run at import belongs to no test.
const makeIndex = () => buildIndex(dataset.features, places)

describe('milesBetween', () => {
  it('is within 0.5% of the WGS84 geodesic for every pair of clinics', () => {
    const at = dataset.features.map((f) => f.geometry.coordinates)
    let pairs = 0
    for (const a of at)
      for (const b of at) {
        const g = geodesicMiles(a, b)
        if (g < 0.5) continue
        expect(Math.abs(milesBetween(a, b) - g) / g).toBeLessThan(0.005)
        pairs++
      }
    expect(pairs).toBeGreaterThan(1000)
  })

  it('is within 0.5% across the whole search area (Duluth to Kenosha, WI)', () => {
    const duluth: LonLat = [-92.10658, 46.78327]
    const kenosha: LonLat = [-87.82119, 42.58474]
    const g = geodesicMiles(duluth, kenosha)
    expect(Math.abs(milesBetween(duluth, kenosha) - g) / g).toBeLessThan(0.005)
  })

  it('reads in tenths below 10 miles, whole miles above, "about" when a centre is involved', () => {
    expect(formatMiles(3.24, true)).toBe('about 3.2 mi')
    expect(formatMiles(3.26, false)).toBe('3.3 mi')
    expect(formatMiles(13.1, true)).toBe('about 13 mi')
    expect(formatMiles(0.01, true)).toBe('about 0 mi')
  })
})

describe('parseQuery', () => {
  it.each([
    ['55104', undefined, '55104', []],
    ['55104-1234', undefined, '55104', []],
    ['St Paul MN 55104', 'MN', '55104', ['saint', 'paul']],
    ['Faribault, MN', 'MN', undefined, ['faribault']],
    ['Faribault Minnesota', 'MN', undefined, ['faribault']],
    ['Faribault, Minn.', 'MN', undefined, ['faribault']],
    ['River Falls WI', 'WI', undefined, ['river', 'falls']],
    ['river falls, wisconsin', 'WI', undefined, ['river', 'falls']],
    ['Wisconsin', 'WI', undefined, []],
    ['Allina Health Faribault Clinic', undefined, undefined, ['faribault']],
    ['West St. Paul', undefined, undefined, ['west', 'saint', 'paul']],
    ['123456', undefined, undefined, ['123456']],
  ])('%s', (text, state, zip, words) => {
    const q = parseQuery(text)
    expect([q.state, q.zip, q.words]).toEqual([state, zip, words])
  })
})

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swaps', () => {
    expect(editDistance('faribalt', 'faribault')).toBe(1)
    expect(editDistance('shakopie', 'shakopee')).toBe(1)
    expect(editDistance('vadnias', 'vadnais')).toBe(1)
    expect(editDistance('minneaplois', 'minneapolis')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
  })

  it('lets a word carry typos by its length, and a prefix stand while typing', () => {
    expect(matchCost(['faribalt'], ['faribault'])).toBe(1)
    expect(matchCost(['fari'], ['faribault'])).toBe(0.5)
    expect(matchCost(['fari'], ['faribault'], false)).toBe(Infinity)
    expect(matchCost(['ada'], ['ida'])).toBe(Infinity)
    expect(matchCost(['saint', 'paul'], ['west', 'saint', 'paul'])).toBeCloseTo(0.1)
  })
})

const label = (r: Reading) =>
  r.kind === 'place'
    ? r.place.label
    : r.kind === 'clinics'
      ? `clinics: ${r.ids.join(',')}`
      : r.kind === 'state'
        ? `state ${r.state}`
        : r.kind

describe('readQuery on misspellings readers make', () => {
  // The data's own names and Minnesota towns, each misspelt the ways readers do: a dropped or
  // doubled letter, two letters swapped, a vowel heard wrong, "Champlain" for "Champlin".
  it.each([
    ['faribalt', 'Faribault, MN'],
    ['Faribault, MN', 'Faribault, MN'],
    ['Mineapolis', 'Minneapolis, MN'],
    ['Minneaplois', 'Minneapolis, MN'],
    ['Shakopie', 'Shakopee, MN'],
    ['Anandale', 'Annandale, MN'],
    ['Bloomingtom', 'Bloomington, MN'],
    ['Lakevile', 'Lakeville, MN'],
    ['Hastngs', 'Hastings, MN'],
    ['Vadnias Heights', 'Vadnais Heights, MN'],
    ['Inver Grove Hieghts', 'Inver Grove Heights, MN'],
    ['Cotage Grove', 'Cottage Grove, MN'],
    ['Champlain', 'Champlin, MN'],
    ['Coon Rapdis', 'Coon Rapids, MN'],
    ['Maplewod', 'Maplewood, MN'],
    ['Chaksa', 'Chaska, MN'],
    ['Eagen', 'Eagan, MN'],
    ['Stillwter', 'Stillwater, MN'],
    ['Duluht', 'Duluth, MN'],
    ['Mankto', 'Mankato, MN'],
    ['St. Paul', 'Saint Paul, MN'],
    ['Saint Paul', 'Saint Paul, MN'],
    ['st paul mn', 'Saint Paul, MN'],
    ['W St Paul', 'West Saint Paul, MN'],
    ['Inver Grove Hts', 'Inver Grove Heights, MN'],
    ['River Falls WI', 'River Falls, WI'],
    ['River Fals, Wisconsin', 'River Falls, WI'],
    ['Wisconsin', 'state WI'],
    ['55021', '55021'],
    ['54022', '54022'],
    ['Bandanna Square', 'clinics: bandana-square'],
    ['crossroads', 'clinics: buffalo,prior-lake,shakopee'],
    ['Allina Health Lakeville Clinic', 'clinics: lakeville'],
  ])('%s → %s', (typed, expected) => {
    const r = readQuery(makeIndex(), typed)
    const got = label(r)
    if (expected.startsWith('clinics: ') && r.kind === 'clinics')
      expect(`clinics: ${[...r.ids].sort().join(',')}`).toBe(expected)
    else expect(got).toBe(expected)
  })

  it('keeps real names that sit one edit from another real name apart', () => {
    expect(label(readQuery(makeIndex(), 'Edina'))).toBe('Edina, MN')
    expect(label(readQuery(makeIndex(), 'Eagan'))).toBe('Eagan, MN')
    expect(label(readQuery(makeIndex(), 'Ada'))).toBe('Ada, MN')
  })

  it('says when a ZIP is outside the two states, and when nothing matches', () => {
    expect(readQuery(makeIndex(), '90210')).toEqual({
      kind: 'none',
      reason: 'zip-outside',
      zip: '90210',
    })
    expect(readQuery(makeIndex(), 'qwxzv')).toEqual({ kind: 'none', reason: 'no-match' })
  })
})

describe('suggest', () => {
  it('names clinics and places separately', () => {
    const s = suggest(makeIndex(), 'faribalt')
    expect(s.clinics.map((c) => c.id)).toEqual(['faribault'])
    expect(s.places.map((p) => p.label)).toEqual(['Faribault, MN'])
  })

  it('offers ZIPs as the digits come', () => {
    expect(suggest(makeIndex(), '5502').places.map((p) => p.label)).toContain('55021')
  })
})

describe('nearestTo', () => {
  const views = clinicsOn(dataset.features, '2025-11-05')
  it('lists the place’s own clinics first, then the nearest, five in all', () => {
    // Saint Paul's GeoNames centre; three clinics' rows are in St. Paul (clinics.csv).
    const r = nearestTo(views, [-93.09327, 44.94441], true, [
      'highland-park',
      'bandana-square',
      'united-family-physicians',
    ])
    expect(r).toHaveLength(5)
    expect(
      r
        .slice(0, 3)
        .map((x) => x.view.feature.id)
        .sort(),
    ).toEqual(['bandana-square', 'highland-park', 'united-family-physicians'])
    const miles = r.slice(3).map((x) => x.miles)
    expect(miles).toEqual([...miles].sort((a, b) => a - b))
    expect(r.every((x) => x.about)).toBe(true)
  })

  it('orders by distance, and says "about" when the clinic is placed at a town centre', () => {
    // At the Coon Rapids clinic's own position, a city centre since no sourced point is cited.
    const coonRapids = dataset.features.find((f) => f.id === 'coon-rapids')
    const at = coonRapids?.geometry.coordinates ?? [0, 0]
    const r = nearestTo(views, at, false)
    expect(r[0]?.view.feature.id).toBe('coon-rapids')
    expect(r[0]?.miles).toBeLessThan(0.01)
    expect(r[0]?.about).toBe(true)
    for (let i = 1; i < r.length; i++)
      expect(r[i]?.miles ?? 0).toBeGreaterThanOrEqual(r[i - 1]?.miles ?? 0)
  })

  it('says no "about" only when both ends are precise: a recent sourced point from a typed address', () => {
    const precise = clinic(
      { id: 'precise', precision: 'point', coord_year: 2024, evidence: 'confirmed' },
      [-93.1, 45.0],
    )
    const centred = clinic(
      { id: 'centred', precision: 'city', evidence: 'confirmed' },
      [-93.2, 45.0],
    )
    const v = clinicsOn([precise, centred], '2025-11-05')
    const r = nearestTo(v, [-93.1, 45.0], false)
    expect(r.map((x) => [x.view.feature.id, x.about])).toEqual([
      ['precise', false],
      ['centred', true],
    ])
    // From a ZIP or town centre, every distance is "about".
    expect(nearestTo(v, [-93.1, 45.0], true).every((x) => x.about)).toBe(true)
  })
})

describe('the closures’ effect in the published summary', () => {
  it('gives each closure its nearest remaining clinic and the straight line to it', () => {
    const closedIds = dataset.features.filter((f) => f.properties.closed_on).map((f) => f.id)
    // Four closed 1 Nov 2025 and Chaska scheduled for 1 Feb 2026 (clinics.csv).
    expect(closedIds.sort()).toEqual([
      'chaska',
      'inver-grove-heights',
      'maplewood',
      'nicollet-mall',
      'oakdale',
    ])
    const effects = dataset.summary.closure_effects ?? []
    expect(effects.map((e) => e.closed)).toEqual(closedIds)
    const remaining = dataset.features.filter(
      (f) => !f.properties.closed_on && ['confirmed', 'inferred'].includes(f.properties.evidence),
    )
    for (const e of effects) {
      const from = dataset.features.find((f) => f.id === e.closed)?.geometry.coordinates ?? [0, 0]
      const [best] = remaining
        .map((f) => ({ id: f.id, d: geodesicMiles(from, f.geometry.coordinates) }))
        .sort((a, b) => a.d - b.d)
      expect(e.nearest).toBe(best?.id)
      expect(Math.abs(e.miles - (best?.d ?? 0))).toBeLessThan(0.005 * (best?.d ?? 0) + 0.06)
    }
    // Every position is a city centre now (no cited source gives a point), so every figure is
    // "about" (data/README.md).
    expect(effects.every((e) => e.approximate)).toBe(true)
  })
})

describe('suggest and short queries, on the real data', () => {
  it('suggests a whole ZIP with the clinics in it, and nothing for a ZIP outside the states', () => {
    // Cambridge's row gives ZIP 55008; no clinic row gives 55021.
    const cambridge = suggest(makeIndex(), '55008')
    expect(cambridge.clinics.map((c) => c.id)).toEqual(['cambridge'])
    expect(cambridge.places.map((p) => p.label)).toEqual(['55008'])
    expect(suggest(makeIndex(), '55021').clinics).toEqual([])
    expect(suggest(makeIndex(), '90210')).toEqual({ clinics: [], places: [] })
  })

  it('offers at most five ZIPs that begin with the digits typed, and only ZIPs', () => {
    // places.json has 55020, 55021, 55024, 55025, 55026, 55027 and 55029.
    const s = suggest(makeIndex(), '5502')
    expect(s.places.map((p) => p.label)).toEqual(['55020', '55021', '55024', '55025', '55026'])
    expect(s.clinics).toEqual([])
    expect(suggest(makeIndex(), '5502', 2).places).toHaveLength(2)
  })

  it('suggests nothing for one letter, and keeps to the state a query names', () => {
    expect(suggest(makeIndex(), 'f')).toEqual({ clinics: [], places: [] })
    const wi = suggest(makeIndex(), 'River Falls WI')
    expect(wi.places[0]?.label).toBe('River Falls, WI')
    expect(wi.places.every((p) => p.state === 'WI')).toBe(true)
    expect(wi.clinics.map((c) => c.id)).toEqual(['river-falls'])
    expect(suggest(makeIndex(), 'Faribault WI').clinics).toEqual([])
  })

  it('reads one or two letters as the beginning of a clinic or town word', () => {
    expect(label(readQuery(makeIndex(), 'el'))).toBe('clinics: elk-river')
    expect(readQuery(makeIndex(), 'qz')).toEqual({ kind: 'none', reason: 'no-match' })
  })
})
