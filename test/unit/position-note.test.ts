/**
 * The card's sentence on where a marker stands, at its edges: a point with no year, a point
 * from 2020 (the first year that speaks for 2025, data/README.md), and a city row that also has
 * a ZIP. Sentences typed from the card's wording.
 */
import { describe, expect, it } from 'vitest'
import { isApproximatePosition, positionNote } from '../../src/domain/position-note.ts'

describe('positionNote', () => {
  it('says "At the address." for a point with no year, and a 2020 source is recent', () => {
    expect(positionNote({ precision: 'point', city: 'Blaine' })).toBe('At the address.')
    expect(positionNote({ precision: 'point', city: 'Blaine', coord_year: 2020 })).toBe(
      'At the address, from a 2020 source.',
    )
    expect(isApproximatePosition({ precision: 'point', city: 'Blaine', coord_year: 2020 })).toBe(
      false,
    )
    expect(isApproximatePosition({ precision: 'point', city: 'Blaine', coord_year: 2019 })).toBe(
      true,
    )
  })

  it('names the town for a city row even when the row has a ZIP', () => {
    expect(positionNote({ precision: 'city', city: 'Cambridge', zip: '55008' })).toBe(
      'Approximate: placed at the centre of Cambridge; no street address was found.',
    )
    expect(positionNote({ precision: 'zip', city: 'Cambridge', zip: '55008' })).toBe(
      'Approximate: placed at the centre of ZIP code 55008; no street address was found.',
    )
  })
})
