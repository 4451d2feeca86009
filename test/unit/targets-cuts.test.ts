/**
 * Which cut a group of map targets takes, on layouts worked out by hand (docs/targets.md): a
 * marker alone on its side fits when its box meets the edges exactly and is refused when it
 * sticks out, the widest lane is tried first and three at most, a big group is cut only where a
 * quarter of it lies on each side, and no cut runs through a town's ring of clinics or along a
 * lane no wider than the gap. Boxes are 24 px (12 px each way) unless a size is given.
 */
import { describe, expect, it } from 'vitest'
import { groupTargets } from '../../src/domain/targets.ts'
import { box, MAP, p } from './target-layouts.ts'

describe('groupTargets: a marker alone on its side', () => {
  // a (0,0) and the two 33 px clinics of one town 26 px away: the cut at 13 leaves a exactly
  // 24 px (13 - 1 of gap + 12), and a's box ends exactly where its side does (13 - 1 = 12).
  it('keeps its own target when its box meets the cut and the group edge exactly', () => {
    expect(
      groupTargets([p('a', 0, 0), p('b', 26, -8, 33, 'B'), p('c', 26, 8, 33, 'B')], MAP),
    ).toEqual([box(['a'], -12, -12, 12, 12), box(['b', 'c'], 14, -24.5, 42.5, 24.5)])
    expect(
      groupTargets([p('a', 0, 0), p('b', -26, -8, 33, 'B'), p('c', -26, 8, 33, 'B')], MAP),
    ).toEqual([box(['a'], -12, -12, 12, 12), box(['b', 'c'], -42.5, -24.5, -14, 24.5)])
  })

  it('does the same across a cut that runs the other way', () => {
    expect(
      groupTargets([p('a', 0, 0), p('b', -8, 26, 33, 'B'), p('c', 8, 26, 33, 'B')], MAP),
    ).toEqual([box(['a'], -12, -12, 12, 12), box(['b', 'c'], -24.5, 14, 24.5, 42.5)])
    expect(
      groupTargets([p('a', 0, 0), p('b', -8, -26, 33, 'B'), p('c', 8, -26, 33, 'B')], MAP),
    ).toEqual([box(['a'], -12, -12, 12, 12), box(['b', 'c'], -24.5, -42.5, 24.5, -14)])
  })

  it('is no side when its box sticks out over the cut above it', () => {
    // b (33 px, top at 7.5) alone below the cut at y 12 would reach over it: no cut, one group.
    expect(groupTargets([p('a', 0, 0), p('b', 0, 24, 33)], { lane: 16 })).toEqual([
      box(['a', 'b'], -16.5, -12, 16.5, 40.5),
    ])
  })
})

describe('groupTargets: which lane is cut', () => {
  it('never cuts a town’s ring of clinics, even between two close neighbours', () => {
    // The ring of four 11 px around (0,0) spans x -11..11; r and q sit 15 px beyond it, narrower
    // than the lane and leaving under 24 px outside: one group of six.
    const ring = [
      [0, -11],
      [11, 0],
      [0, 11],
      [-11, 0],
    ].map(([x, y], i) => p(`p${i}`, x as number, y as number, 24, 'P'))
    expect(groupTargets([p('r', -26, 0), ...ring, p('q', 26, 0)], { lane: 16 })).toEqual([
      box(['p0', 'p1', 'p2', 'p3', 'q', 'r'], -38, -23, 38, 23),
    ])
  })

  it('leaves a group whole when its only lane, wide enough, leaves one side under 24 px', () => {
    // Two towns of two 25 px apart: the cut at 12.5 leaves the right side 37 - 12.5 - 1 = 23.5.
    const towns = [p('a1', 0, -8, 28, 'A'), p('a2', 0, 8, 28, 'A')]
    towns.push(p('b1', 25, -8, 24, 'B'), p('b2', 25, 8, 24, 'B'))
    expect(groupTargets(towns, MAP)).toEqual([box(['a1', 'a2', 'b1', 'b2'], -14, -22, 37, 22)])
  })

  it('does not cut along a lane no wider than the gap, even in a group too big', () => {
    // a and b are 2 px apart, the gap: the one cut that would leave 24 px each side is refused.
    const row = [p('c', 0, 0, 40), p('a', 4, 0), p('b', 6, 0), p('d', 10, 0, 40)]
    expect(groupTargets(row, { gap: 2, most: 2 })).toEqual([
      box(['a', 'b', 'c', 'd'], -20, -20, 30, 20),
    ])
  })

  it('tries the widest lane first', () => {
    // Lanes of 20, 20, 22, 20, 20 px: the 22 px one at x 51 is cut, and neither half has a lane
    // leaving 24 px each side. (Taken in order, the lane at 30 would have made three pairs.)
    const row = [0, 20, 40, 62, 82, 102].map((x, i) => p('abcdef'[i] as string, x, 0))
    expect(groupTargets(row, { lane: 16 })).toEqual([
      box(['a', 'b', 'c'], -12, -12, 51, 12),
      box(['d', 'e', 'f'], 51, -12, 114, 12),
    ])
  })

  it('tries three lanes at most', () => {
    // Three 40 px markers (L, T, R) each 30 px out from the middle pair: their three wide lanes
    // each leave one of them alone over its cut. The fourth lane (20 px, between c1 and c2)
    // would work, but is not tried: one group, with or without the rule for big groups.
    const cross = [p('L', -30, 0, 40), p('c1', 0, 0), p('T', 0, -30, 40), p('c2', 20, 0)]
    cross.push(p('R', 50, 0, 40))
    const whole = [box(['L', 'R', 'T', 'c1', 'c2'], -50, -50, 70, 20)]
    expect(groupTargets(cross, { lane: 16 })).toEqual(whole)
    expect(groupTargets(cross, { lane: 16, most: 4 })).toEqual(whole)
  })
})
