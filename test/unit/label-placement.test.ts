import { describe, expect, it } from 'vitest'
import { placeLabels, type Box, type LabelToPlace } from '../../src/domain/label-placement.ts'

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 }
const label = (id: string, x: number, y: number, rank = 2, width = 60): LabelToPlace => ({
  id,
  rank,
  x,
  y,
  width,
  height: 12,
})
const place = (labels: LabelToPlace[], obstacles: Box[] = []) =>
  Object.fromEntries(placeLabels(labels, { bounds, obstacles, gap: 13 }))

describe('placeLabels', () => {
  it('puts a lone label above its point', () => {
    expect(place([label('Cambridge', 200, 100)])).toEqual({ Cambridge: 'above' })
  })

  it('moves a label below its point when a marker sits above it', () => {
    // A 20 px marker centred 20 px above the point covers the "above" spot (y 75..87).
    const marker = { left: 190, top: 70, right: 210, bottom: 90 }
    expect(place([label('Hastings', 200, 100)], [marker])).toEqual({ Hastings: 'below' })
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

  it('hides a crowded town but never a major city', () => {
    const crowd = [0, 1, 2, 3].map((i) => ({
      left: 100 + i,
      top: 0,
      right: 300,
      bottom: 300,
    }))
    expect(place([label('Minneapolis', 200, 150, 1), label('Edina', 200, 160)], crowd)).toEqual({
      Minneapolis: 'above',
      Edina: 'hidden',
    })
  })

  it('places major cities first, so a town gives way to a city', () => {
    // The town sorts first by name, but the city has priority and takes "above".
    const placed = place([label('A town', 200, 150), label('Z city', 200, 150, 1)])
    expect(placed['Z city']).toBe('above')
    expect(placed['A town']).toBe('below')
  })
})
