import { describe, expect, it } from 'vitest'
import { groupName, groupTargets } from '../../src/domain/targets.ts'

// Each at its own place unless told: the positions here are hand-picked, the boxes hand-computed.
const p = (id: string, x: number, y: number, size = 25, place = id) => ({ id, x, y, size, place })
const ids = (boxes: { ids: string[] }[]) => boxes.map((b) => b.ids)

describe('groupTargets', () => {
  it('keeps markers whose boxes only touch apart, each its own target', () => {
    // 25 px boxes 25 px apart: edges meet at x = 12.5, no overlap.
    expect(groupTargets([p('a', 0, 0), p('b', 25, 0)])).toEqual([
      { ids: ['a'], left: -12.5, top: -12.5, right: 12.5, bottom: 12.5 },
      { ids: ['b'], left: 12.5, top: -12.5, right: 37.5, bottom: 12.5 },
    ])
  })

  it('grows a small marker to a 24 px target', () => {
    // A faint marker draws a 17 px box; its target is 24 px square around the same centre.
    expect(groupTargets([p('a', 100, 50, 17)])).toEqual([
      { ids: ['a'], left: 88, top: 38, right: 112, bottom: 62 },
    ])
  })

  it('groups overlapping markers into one box covering both', () => {
    expect(groupTargets([p('b', 10, 0), p('a', 0, 0)])).toEqual([
      { ids: ['a', 'b'], left: -12.5, top: -12.5, right: 22.5, bottom: 12.5 },
    ])
  })

  it('counts boxes apart on one axis as clear, even when near on the other', () => {
    // dx = 24 < 25 but dy = 30 >= 25: no overlap.
    expect(groupTargets([p('a', 0, 0), p('b', 24, 30)])).toHaveLength(2)
  })

  it('lets a grown group swallow a marker it now overlaps, with no cuts allowed', () => {
    // a-b overlap (dx 20 < 25), b-d (dx 22), d-c (dx 10): one chain of four.
    expect(ids(groupTargets([p('a', 0, 0), p('b', 20, 0), p('c', 52, 0)]))).toEqual([
      ['a', 'b'],
      ['c'],
    ])
    expect(ids(groupTargets([p('a', 0, 0), p('b', 20, 0), p('c', 52, 0), p('d', 42, 0)]))).toEqual([
      ['a', 'b', 'c', 'd'],
    ])
  })

  it('merges a group with a marker only the group box reaches', () => {
    // a (0,0) and b (20,20) overlap: union -12.5..32.5 on both axes. c at (-5, 40) spans
    // x -17.5..7.5, y 27.5..52.5: clear of a (y to 12.5) and of b (x from 7.5, touching only),
    // but inside the union's corner (y 27.5 < 32.5).
    expect(groupTargets([p('a', 0, 0), p('b', 20, 20), p('c', -5, 40)])).toEqual([
      { ids: ['a', 'b', 'c'], left: -17.5, top: -12.5, right: 32.5, bottom: 52.5 },
    ])
  })

  it('treats a gap narrower than asked as an overlap', () => {
    expect(groupTargets([p('a', 0, 0), p('b', 25, 0)], { gap: 1 })).toHaveLength(1)
    expect(groupTargets([p('a', 0, 0), p('b', 26, 0)], { gap: 1 })).toHaveLength(2)
  })

  it('keeps the clinics of one place together: a ring of four is one group', () => {
    // spreadOffsets gives [0,-11], [11,0], [0,11], [-11,0]; every pair within 22 px.
    const ring = ['a', 'b', 'c', 'd'].map((id, i) =>
      p(id, [0, 11, 0, -11][i]!, [-11, 0, 11, 0][i]!, 25, 'town'),
    )
    expect(groupTargets(ring, { lane: 1, most: 1 })).toEqual([
      { ids: ['a', 'b', 'c', 'd'], left: -23.5, top: -23.5, right: 23.5, bottom: 23.5 },
    ])
  })

  it('cuts a chain along a clear lane, and each side is a target of its own', () => {
    // a..d as above chain into one (x -12.5..64.5). Between b (20) and d (42) runs a 22 px lane:
    // the cut at x 31 leaves a-b a group (-12.5..31, clipped) and c-d a group (31..64.5).
    const chain = [p('a', 0, 0), p('b', 20, 0), p('c', 52, 0), p('d', 42, 0)]
    expect(groupTargets(chain, { lane: 20 })).toEqual([
      { ids: ['a', 'b'], left: -12.5, top: -12.5, right: 31, bottom: 12.5 },
      { ids: ['c', 'd'], left: 31, top: -12.5, right: 64.5, bottom: 12.5 },
    ])
    // A lane narrower than asked: no cut.
    expect(ids(groupTargets(chain, { lane: 23 }))).toEqual([['a', 'b', 'c', 'd']])
  })

  it('takes no cut that would leave a lone marker’s box across it', () => {
    // a (today's 33 px, -16.5..16.5) overlaps b (3.5..28.5), b overlaps c (19.5..44.5). A 16 px
    // lane runs between a and b (cut at x 8), but a alone on its side would reach 16.5, over
    // the cut: its target is its own element, centred on its symbol. The lane between b and c
    // (cut at 24) leaves only 20.5 px to the right. So: one group.
    expect(
      ids(groupTargets([p('a', 0, 0, 33), p('b', 16, 0), p('c', 32, 0)], { lane: 16 })),
    ).toEqual([['a', 'b', 'c']])
  })

  it('cuts a group of more than `most` at its widest lane that leaves a quarter each side', () => {
    // Eight markers 10 px apart in a row chain into one. Lanes are all 10 px; with most = 4 the
    // row is cut into halves of at least two, never leaving a target under 24 px wide.
    const row = Array.from({ length: 8 }, (_, i) => p(`m${i}`, i * 10, 0))
    const boxes = groupTargets(row, { lane: 16, most: 4 })
    expect(boxes.length).toBeGreaterThan(1)
    for (const b of boxes) {
      expect(b.ids.length).toBeLessThanOrEqual(4)
      expect(b.right - b.left).toBeGreaterThanOrEqual(24)
    }
    // Nothing lost, nothing twice; no two targets overlap.
    expect(boxes.flatMap((b) => b.ids).sort()).toEqual(row.map((r) => r.id).sort())
    for (const a of boxes)
      for (const b of boxes) if (a !== b) expect(a.right <= b.left || b.right <= a.left).toBe(true)
  })
})

describe('groupName', () => {
  it('names one town once, with the count', () => {
    expect(groupName(['Lakeville', 'Lakeville', 'Lakeville', 'Lakeville'])).toBe(
      '4 clinics in Lakeville',
    )
  })
  it('lists towns with most clinics first, then by name', () => {
    expect(groupName(['Woodbury', 'St. Paul', 'Maplewood', 'St. Paul'])).toBe(
      '4 clinics: St. Paul (2), Maplewood, Woodbury',
    )
  })
})
