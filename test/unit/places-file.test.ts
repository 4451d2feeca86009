/**
 * Reading public/places.json, the search's gazetteer: what each town and ZIP becomes in the
 * box's suggestions, and a damaged file refused with the row that is wrong. Rows are shaped
 * like the real file's (GeoNames towns, Census ZIP centroids).
 */
import { describe, expect, it } from 'vitest'
import { readPlaces } from '../../src/domain/places-file.ts'

const file = (places: unknown[], zips: unknown[]) => ({ attribution: 'test', places, zips })

describe('readPlaces', () => {
  it('reads a town with and without a county, and a ZIP with and without its town', () => {
    expect(
      readPlaces(
        file(
          [
            ['West St. Paul', 'MN', -93.1, 44.9, 'Dakota County'],
            ['Ada', 'MN', -96.515, 47.3],
          ],
          [
            ['55021', 'MN', -93.27, 44.29, 'Faribault'],
            ['54022', 'WI', -92.62, 44.86],
          ],
        ),
      ),
    ).toEqual([
      {
        kind: 'town',
        label: 'West St. Paul, MN',
        detail: 'Town, Dakota County',
        name: 'West St. Paul',
        state: 'MN',
        at: [-93.1, 44.9],
        words: ['west', 'saint', 'paul'],
      },
      {
        kind: 'town',
        label: 'Ada, MN',
        detail: 'Town',
        name: 'Ada',
        state: 'MN',
        at: [-96.515, 47.3],
        words: ['ada'],
      },
      {
        kind: 'zip',
        label: '55021',
        detail: 'ZIP code, Faribault, MN',
        name: '55021',
        state: 'MN',
        at: [-93.27, 44.29],
        words: ['55021'],
      },
      {
        kind: 'zip',
        label: '54022',
        detail: 'ZIP code, WI',
        name: '54022',
        state: 'WI',
        at: [-92.62, 44.86],
        words: ['54022'],
      },
    ])
  })

  it('refuses a file that is not the two lists, and names a damaged row', () => {
    expect(() => readPlaces(null)).toThrow('places.json is not a list of places and ZIPs')
    expect(() => readPlaces({ places: [] })).toThrow('places.json is not a list of places and ZIPs')
    for (const row of [
      'Ada,MN',
      ['Ada', 'MN', -96.5],
      [7, 'MN', -96.5, 47.3],
      ['Ada', 'IA', -96.5, 47.3],
      ['Ada', 'MN', 'x', 47.3],
      ['Ada', 'MN', -96.5, Number.NaN],
    ])
      expect(() => readPlaces(file([row], []))).toThrow(
        `places.json has a damaged place: ${JSON.stringify(row)}`,
      )
    for (const zip of ['5502', '550211', 'x55021', '55021x'])
      expect(() => readPlaces(file([], [[zip, 'MN', -93.27, 44.29]]))).toThrow(
        `places.json has a damaged ZIP: ${JSON.stringify([zip, 'MN', -93.27, 44.29])}`,
      )
    expect(() => readPlaces(file([], [['55021', 'IA', -93.27, 44.29]]))).toThrow(
      'places.json has a damaged ZIP',
    )
  })
})
