/**
 * Map targets at their edges, worked out by hand (24 px markers, so each box reaches 12 px from
 * its centre): boxes that touch or nearly touch in every order and on both axes, a group that
 * only reaches a third marker once merged, and a row of four cut at its one lane (x = 30, 20 px
 * between the centres at 20 and 40) when the lane is wide enough or the group too big.
 */
import { describe, expect, it } from 'vitest'
import { groupTargets, type TargetOptions, type TargetPoint } from '../../src/domain/targets.ts'

const at = (id: string, x: number, y: number): TargetPoint => ({ id, x, y, size: 24, place: id })
const ids = (points: TargetPoint[], o?: TargetOptions) => groupTargets(points, o).map((t) => t.ids)

describe('groupTargets edges', () => {
  it('keeps touching boxes apart, whichever comes first and on either axis', () => {
    for (const [a, b] of [
      [at('a', 0, 0), at('b', 24, 0)],
      [at('a', 0, 0), at('b', 0, 24)],
    ] as const) {
      expect(ids([a, b])).toEqual([['a'], ['b']])
      expect(ids([b, a])).toEqual([['a'], ['b']])
    }
  })

  it('joins boxes closer than the gap, whichever comes first and on either axis', () => {
    for (const [a, b] of [
      [at('a', 0, 0), at('b', 25, 0)],
      [at('a', 0, 0), at('b', 0, 25)],
    ] as const) {
      expect(ids([a, b], { gap: 2 })).toEqual([['a', 'b']])
      expect(ids([b, a], { gap: 2 })).toEqual([['a', 'b']])
    }
  })

  it('lets a merged box take a marker that neither member reached alone', () => {
    // y's box (-22..2, 14..38) misses x's and z's, but not the box over both (-12..32).
    expect(groupTargets([at('y', -10, 26), at('x', 0, 0), at('z', 20, 20)])).toEqual([
      { ids: ['x', 'y', 'z'], left: -22, top: -12, right: 32, bottom: 38 },
    ])
  })

  const row = [at('a', 0, 0), at('b', 20, 0), at('c', 40, 0), at('d', 60, 0)]
  const column = row.map((p) => ({ ...p, x: p.y, y: p.x }))

  it('cuts a row at a lane exactly as wide as asked, not at a narrower one', () => {
    expect(groupTargets(row, { lane: 20 })).toEqual([
      { ids: ['a', 'b'], left: -12, top: -12, right: 30, bottom: 12 },
      { ids: ['c', 'd'], left: 30, top: -12, right: 72, bottom: 12 },
    ])
    expect(ids(row, { lane: 21 })).toEqual([['a', 'b', 'c', 'd']])
    expect(ids(row)).toEqual([['a', 'b', 'c', 'd']])
  })

  it('cuts a column the same way, across the other axis', () => {
    expect(groupTargets(column, { lane: 20 })).toEqual([
      { ids: ['a', 'b'], left: -12, top: -12, right: 12, bottom: 30 },
      { ids: ['c', 'd'], left: -12, top: 30, right: 12, bottom: 72 },
    ])
  })

  it('cuts a group of more than `most` without a free lane, and leaves one of `most`', () => {
    expect(ids(row, { most: 4 })).toEqual([['a', 'b', 'c', 'd']])
    expect(ids(row, { most: 3 })).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('lists targets by their first id, whatever the order given', () => {
    expect(ids([at('b', 100, 0), at('a', 0, 0)])).toEqual([['a'], ['b']])
  })
})
