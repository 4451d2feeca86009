/**
 * Map targets of big groups and of markers cut off by a lane, worked out by hand
 * (docs/targets.md): a group of more than `most` is cut where at least a quarter of it lies on
 * each side (a free lane is tried once, then those cuts), and a marker left alone over a cut
 * joins the target nearest to it on its side. Boxes are 24 px (12 px each way) unless a size is
 * given.
 */
import { describe, expect, it } from 'vitest'
import { groupTargets, type TargetBox, type TargetPoint } from '../../src/domain/targets.ts'
import { box, MAP, p } from './target-layouts.ts'

const row = (xs: number[]) => xs.map((x, i) => p(`m${i}`, x, 0))

describe('groupTargets: a group of more than `most`', () => {
  it('cuts a row of eight where at least two lie on each side, and again inside', () => {
    // 10 px apart, no lane of 16: the first cut leaving a quarter (two) each side is at 15;
    // the six left are cut at 45, the first leaving three each side that leaves 24 px.
    expect(groupTargets(row([0, 10, 20, 30, 40, 50, 60, 70]), { lane: 16, most: 4 })).toEqual([
      box(['m0', 'm1'], -12, -12, 15, 12),
      box(['m2', 'm3', 'm4'], 15, -12, 45, 12),
      box(['m5', 'm6', 'm7'], 45, -12, 82, 12),
    ])
  })

  it('passes over a wider lane that would leave under a quarter on one side', () => {
    // Nine: the 20 px lane at x 20 leaves two (under 9 / 4), so the 10 px lanes leaving three
    // are cut instead, at 35 and then at 65.
    expect(groupTargets(row([0, 10, 30, 40, 50, 60, 70, 80, 90]), { most: 4 })).toEqual([
      box(['m0', 'm1', 'm2'], -12, -12, 35, 12),
      box(['m3', 'm4', 'm5'], 35, -12, 65, 12),
      box(['m6', 'm7', 'm8'], 65, -12, 102, 12),
    ])
  })

  it('passes over it at the other end of the row too', () => {
    // The 20 px lane at x 70 leaves two on its right: the cut is at 25 (three left of it).
    // The six right of 25 are a group of more than four, where a quarter is 1.5: the lane at
    // 70 now leaves enough, and is the widest.
    expect(groupTargets(row([0, 10, 20, 30, 40, 50, 60, 80, 90]), { most: 4 })).toEqual([
      box(['m0', 'm1', 'm2'], -12, -12, 25, 12),
      box(['m3', 'm4', 'm5', 'm6'], 25, -12, 70, 12),
      box(['m7', 'm8'], 70, -12, 102, 12),
    ])
  })

  it('tries a free lane once, then the even cuts', () => {
    // Four, most 3. The free 16 px lane (L at -16, 48 px) and the 15 px one below T (40 px)
    // each leave a big marker alone over its cut; the third cut, 14 px between c1 and c2, works.
    const four = [p('L', -16, 0, 48), p('c1', 0, 0), p('c2', 14, 0), p('T', 20, -15, 40)]
    expect(groupTargets(four, { lane: 16, most: 3 })).toEqual([
      box(['L', 'c1'], -40, -24, 7, 24),
      box(['T', 'c2'], 7, -35, 40, 12),
    ])
  })
})

/** The same layout mirrored across the diagonal: x and y swapped in points and boxes. */
const flip = (points: TargetPoint[]) => points.map((q) => ({ ...q, x: q.y, y: q.x }))
const flipped = (boxes: TargetBox[]) =>
  boxes.map((b) => box(b.ids, b.top, b.left, b.bottom, b.right))

describe('groupTargets: a marker alone over a cut', () => {
  // The cut at y 13 leaves e, c and d apart above it; c's box (to y 15) crosses it, so c joins
  // the target nearest its clipped box's centre (26, 1.5). a and b below stay one group.
  const near = (e: [number, number], d: [number, number]) => [
    p('e', ...e),
    p('c', 26, 3),
    p('d', ...d),
    p('b', 7, 26),
    p('a', 27, 23),
  ]

  it('joins the nearest target on its side: d, 26.0 px away against 27.0 for e', () => {
    const expected = [
      box(['a', 'b'], -5, 14, 39, 38),
      box(['c', 'd'], 14, -12, 64, 12),
      box(['e'], -13, -12, 11, 12),
    ]
    expect(groupTargets(near([-1, 0], [52, 0]), MAP)).toEqual(expected)
    expect(groupTargets(flip(near([-1, 0], [52, 0])), MAP)).toEqual(flipped(expected))
  })

  it('joins the nearest target on its side: e, 26.04 px away against 26.12 for d', () => {
    const expected = [
      box(['a', 'b'], -5, 14, 39, 38),
      box(['c', 'e'], -12, -12, 38, 12),
      box(['d'], 40, -13, 64, 11),
    ]
    expect(groupTargets(near([0, 0], [52, -1]), MAP)).toEqual(expected)
    expect(groupTargets(flip(near([0, 0], [52, -1])), MAP)).toEqual(flipped(expected))
  })
})
