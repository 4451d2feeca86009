/**
 * The region check that refuses a typed coordinate outside the story's area (a swapped or
 * mistyped latitude and longitude). Edges are inside; the bounds are those of REGION as
 * documented (43.4 to 46.5 N, 95.8 to 92.0 W); towns are from the gazetteer.
 */
import { describe, expect, it } from 'vitest'
import { isInRegion } from '../../src/domain/story.ts'

describe('isInRegion', () => {
  it('takes the metro, Faribault and River Falls WI; refuses Duluth and swapped coordinates', () => {
    expect(isInRegion(-93.26883, 44.29496)).toBe(true) // Faribault
    expect(isInRegion(-92.62, 44.86)).toBe(true) // River Falls, WI
    expect(isInRegion(-92.10658, 46.78327)).toBe(false) // Duluth, north of the region
    expect(isInRegion(44.29496, -93.26883)).toBe(false) // swapped
  })

  it('counts each edge as inside and a hair beyond it as outside', () => {
    expect([isInRegion(-93, 43.4), isInRegion(-93, 43.39)]).toEqual([true, false])
    expect([isInRegion(-93, 46.5), isInRegion(-93, 46.51)]).toEqual([true, false])
    expect([isInRegion(-95.8, 45), isInRegion(-95.81, 45)]).toEqual([true, false])
    expect([isInRegion(-92.0, 45), isInRegion(-91.99, 45)]).toEqual([true, false])
  })
})
