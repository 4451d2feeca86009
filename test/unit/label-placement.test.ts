/**
 * Label placement against hand-computed boxes (issue 10 pt 6: box against box). Every label is
 * 60 x 12 px with a 13 px gap unless said; the expected boxes are worked out in the comments.
 */
import { describe, expect, it } from 'vitest'
import {
  boxAt,
  overlap,
  placeLabels,
  type Box,
  type LabelToPlace,
} from '../../src/domain/label-placement.ts'

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 }
const label = (id: string, x: number, y: number, rank = 2, width = 60): LabelToPlace => ({
  id,
  rank,
  x,
  y,
  width,
  height: 12,
})
const placeAll = (labels: LabelToPlace[], obstacles: Box[] = []) =>
  Object.fromEntries(placeLabels(labels, { bounds, obstacles, gap: 13 }))
const place = (labels: LabelToPlace[], obstacles: Box[] = []) =>
  Object.fromEntries(Object.entries(placeAll(labels, obstacles)).map(([k, v]) => [k, v.spot]))

describe('boxAt and overlap', () => {
  it('puts a corner spot 0.7 of the gap out on each axis', () => {
    // Point (100, 50), gap 10: 7 px right and 7 px up, then the label's 60 x 12.
    expect(boxAt(label('a', 100, 50), 'above-right', 10)).toEqual({
      left: 107,
      right: 167,
      top: 31,
      bottom: 43,
    })
    expect(boxAt(label('a', 100, 50), 'below-left', 10)).toEqual({
      left: 33,
      right: 93,
      top: 57,
      bottom: 69,
    })
  })

  it('puts each of the eight spots on its side of the point, the gap away', () => {
    // Point (100, 50), label 60 x 12, gap 10 (corners 7 on each axis), worked out by hand.
    const at = (spot: Parameters<typeof boxAt>[1]) => boxAt(label('a', 100, 50), spot, 10)
    expect(at('above')).toEqual({ left: 70, right: 130, top: 28, bottom: 40 })
    expect(at('below')).toEqual({ left: 70, right: 130, top: 60, bottom: 72 })
    expect(at('right')).toEqual({ left: 110, right: 170, top: 44, bottom: 56 })
    expect(at('left')).toEqual({ left: 30, right: 90, top: 44, bottom: 56 })
    expect(at('above-left')).toEqual({ left: 33, right: 93, top: 31, bottom: 43 })
    expect(at('below-right')).toEqual({ left: 107, right: 167, top: 57, bottom: 69 })
  })

  it('counts shared area, and boxes that only touch along an edge as clear', () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 }
    expect(overlap(a, { left: 5, top: 5, right: 20, bottom: 20 })).toBe(25)
    expect(overlap(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(0)
    // A sliver of a box still counts: half a pixel over a marker's corner is over it.
    expect(overlap(a, { left: 9.5, top: 9.5, right: 20, bottom: 20 })).toBe(0.25)
  })
})

describe('placeLabels', () => {
  it('puts a lone label above its point', () => {
    // Above (200, 100): x 170..230, bottom 13 px above the point at 87, top at 75.
    expect(placeAll([label('Cambridge', 200, 100)])).toEqual({
      Cambridge: { spot: 'above', box: { left: 170, right: 230, top: 75, bottom: 87 } },
    })
  })

  it('moves a label below its point when a marker sits above it', () => {
    // A 20 px marker centred 20 px above the point covers the "above" spot (y 75..87).
    expect(
      place([label('Hastings', 200, 100)], [{ left: 190, top: 70, right: 210, bottom: 90 }]),
    ).toEqual({ Hastings: 'below' })
  })

  it('steps a town out past its own clinic, box against box, not the centre', () => {
    // The strike day's 32 px marker box on the point (184..216, 134..166): at the 13 px gap
    // every spot reaches into it (above ends at y 137, left at x 187, a corner at 209.1 / 140.9),
    // although none covers the centre. 6 px farther, "above" ends at y 131, clear of 134.
    const clinic = { left: 184, top: 134, right: 216, bottom: 166 }
    expect(placeAll([label('Faribault', 200, 150)], [clinic])).toEqual({
      Faribault: { spot: 'above', box: { left: 170, right: 230, top: 119, bottom: 131 } },
    })
  })

  it('keeps two nearby towns apart instead of printing one over the other', () => {
    // Chaska and Shakopee, 30 px apart on the same line: their 60 px labels would overlap.
    const placed = place([label('Chaska', 180, 150), label('Shakopee', 210, 150)])
    expect(placed.Chaska).toBe('above')
    expect(placed.Shakopee).not.toBe('above')
  })

  it('turns a label inward at the edge of the map, and hides one that fits nowhere', () => {
    // Red Wing 2 px from the right edge: centred spots would cross it; to the left fits.
    expect(place([label('Red Wing', 398, 150)])).toEqual({ 'Red Wing': 'left' })
    // In the top-right corner with a marker to the left: nothing fits inside the map.
    const marker = { left: 320, top: 0, right: 390, bottom: 40 }
    expect(place([label('Red Wing', 398, 5)], [marker])).toEqual({ 'Red Wing': 'hidden' })
  })

  it('moves a major city out of a cluster of clinics; a town in it is hidden', () => {
    // Clinics fill 150..250 x 100..200 around Minneapolis's point (200, 150). "Above" clears
    // the cluster's top (y 100) once the gap is 50 or more: the 53 px step, box y 85..97.
    // Corners would need 0.7 d >= 50, past the last step. A town may not move that far.
    const cluster = { left: 150, top: 100, right: 250, bottom: 200 }
    expect(
      placeAll([label('Minneapolis', 200, 150, 1), label('Edina', 200, 160)], [cluster]),
    ).toEqual({
      Minneapolis: { spot: 'above', box: { left: 170, right: 230, top: 85, bottom: 97 } },
      Edina: { spot: 'hidden' },
    })
  })

  it('hides even a major city rather than print it over a clinic', () => {
    const everywhere = { left: 0, top: 0, right: 400, bottom: 300 }
    expect(place([label('St. Paul', 200, 150, 1)], [everywhere])).toEqual({ 'St. Paul': 'hidden' })
  })

  it('places major cities first, so a town gives way to a city', () => {
    // The town sorts first by name, but the city has priority and takes "above".
    const placed = place([label('A town', 200, 150), label('Z city', 200, 150, 1)])
    expect(placed['Z city']).toBe('above')
    expect(placed['A town']).toBe('below')
  })

  it('fits a label flush with every edge of the map, and names ties by id', () => {
    // The map is exactly the "above" box of (200, 100): 170..230 x 75..87. Flush is inside.
    const exact = { left: 170, top: 75, right: 230, bottom: 87 }
    const r = placeLabels([label('Flush', 200, 100)], { bounds: exact, obstacles: [], gap: 13 })
    expect(r.get('Flush')).toEqual({ spot: 'above', box: exact })
    // Two towns of one rank on one point: "a" sorts first and takes "above", whatever the input order.
    expect(place([label('b', 200, 150), label('a', 200, 150)])).toEqual({ a: 'above', b: 'below' })
  })

  it('counts boxes apart on either axis as clear, however far', () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 }
    // Apart on both axes (a negative width times a negative height is not an overlap).
    expect(overlap(a, { left: 20, top: 20, right: 30, bottom: 30 })).toBe(0)
    // Apart across, overlapping down the side.
    expect(overlap(a, { left: 20, top: 5, right: 30, bottom: 8 })).toBe(0)
    // Apart down the page, sharing a column.
    expect(overlap(a, { left: 5, top: 20, right: 8, bottom: 30 })).toBe(0)
  })

  it('keeps a label off the left and bottom edges, and places others after a hidden one', () => {
    // 10 px from the left edge: above would start at x -20; to the right fits.
    expect(place([label('Edge', 10, 150)])).toEqual({ Edge: 'right' })
    // 10 px above the bottom with a marker over "above" (265..277): below would run from y 303
    // off the map; right (284..296) fits.
    expect(
      place([label('Low', 200, 290)], [{ left: 160, top: 260, right: 240, bottom: 280 }]),
    ).toEqual({ Low: 'right' })
    // A town hidden in a cluster does not stop the next one being placed.
    const cluster = { left: 150, top: 100, right: 250, bottom: 200 }
    expect(place([label('A hidden', 200, 150), label('B free', 50, 260)], [cluster])).toEqual({
      'A hidden': 'hidden',
      'B free': 'above',
    })
  })
})
