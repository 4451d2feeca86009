/**
 * The search's reading of queries at its edges: the limits on suggestions, numbers that are not
 * ZIPs, the state a query names, a clinic word that a town only nearly matches, and how far
 * below the best match a clinic may rank and still be listed. Expected readings are typed from
 * data/clinics.csv and public/places.json, or from the small fixtures here, never from the code.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { buildIndex, readQuery, suggest } from '../../src/domain/lookup.ts'
import { readPlaces } from '../../src/domain/places-file.ts'
import { clinic } from '../support/clinic.ts'

const real = () =>
  buildIndex(
    (JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset).features,
    readPlaces(JSON.parse(readFileSync('public/places.json', 'utf8'))),
  )
const ids = (s: { clinics: { id: string }[] }) => s.clinics.map((c) => c.id)

describe('search on the real data', () => {
  it('does not read a six-digit number as a ZIP by typo, nor digits after a word as a ZIP start', () => {
    // 551040 is one digit more than St. Paul's 55104; "Hwy 55" and "5502 Main" are not ZIPs.
    expect(readQuery(real(), '551040')).toEqual({ kind: 'none', reason: 'no-match' })
    for (const typed of ['551040', 'Hwy 55', '5502 Main'])
      expect(suggest(real(), typed)).toEqual({ clinics: [], places: [] })
  })

  it('suggests at most five towns for a common word', () => {
    // places.json has more than five towns named Saint …
    const s = suggest(real(), 'saint')
    expect(s.places).toHaveLength(5)
    expect(s.places.every((p) => p.label.startsWith('Saint '))).toBe(true)
  })

  it('suggests clinics from two letters on', () => {
    expect(ids(suggest(real(), 'el'))).toEqual(['elk-river'])
  })

  it('reads a ZIP as its place, with the clinic rows that give that ZIP as its own', () => {
    // Cambridge is the one clinics.csv row with a ZIP (55008).
    const r = readQuery(real(), '55008')
    expect(r.kind === 'place' && [r.place.label, r.own]).toEqual(['55008', ['cambridge']])
  })

  it('reads a town as its place, with only the clinics in that town as its own', () => {
    const r = readQuery(real(), 'Faribault')
    expect(r.kind === 'place' && [r.place.label, r.own]).toEqual(['Faribault, MN', ['faribault']])
  })

  it('keeps two one-letter words apart, and a town to the state the query names', () => {
    // "l a" is not "la…"; no Faribault in Wisconsin, and no Wisconsin clinic matches.
    expect(readQuery(real(), 'l a')).toEqual({ kind: 'none', reason: 'no-match' })
    expect(readQuery(real(), 'Faribault WI')).toEqual({ kind: 'none', reason: 'no-match' })
  })

  it('prefers a clinic word to a town that only nearly matches it', () => {
    // "Mall" is a word of Nicollet Mall's name; the nearest town name (Fall Creek, WI) is a typo away.
    expect(readQuery(real(), 'mall')).toEqual({ kind: 'clinics', ids: ['nicollet-mall'] })
    expect(readQuery(real(), 'highland')).toEqual({ kind: 'clinics', ids: ['highland-park'] })
  })
})

describe('search on a small fixture', () => {
  const index = () =>
    buildIndex(
      [
        clinic({ id: 'maple', name: 'Allina Health Maple Clinic', city: 'Ada', zip: '55999' }),
        clinic({
          id: 'maplewood',
          name: 'Allina Health Maplewood Clinic',
          city: 'Ada',
          zip: '55999',
        }),
        clinic({ id: 'mapleton', name: 'Allina Health Mapleton Grove Clinic', city: 'Ada' }),
      ],
      [],
    )

  it('lists the clinics within half a step of the best: a whole word, then a beginning', () => {
    // maple: 0 (whole word); maplewood: 0.5 (a beginning); mapleton grove: 0.5 + 0.1 for the
    // unmatched "grove", more than half a step below the best, so left out.
    expect(readQuery(index(), 'maple')).toEqual({ kind: 'clinics', ids: ['maple', 'maplewood'] })
  })

  it('keeps a ZIP’s clinic suggestions to the limit', () => {
    expect(ids(suggest(index(), '55999'))).toEqual(['maple', 'maplewood'])
    expect(ids(suggest(index(), '55999', 1))).toEqual(['maple'])
  })

  it('counts as a town’s own only the clinics in that town’s state', () => {
    const hudson = buildIndex(
      [
        clinic({ id: 'hudson-mn', city: 'Hudson', state: 'MN' }),
        clinic({ id: 'hudson-wi', city: 'Hudson', state: 'WI' }),
      ],
      readPlaces({ attribution: '', places: [['Hudson', 'WI', -92.757, 44.975]], zips: [] }),
    )
    const r = readQuery(hudson, 'Hudson WI')
    expect(r.kind === 'place' && r.own).toEqual(['hudson-wi'])
  })
})
