import { describe, expect, it } from 'vitest'
import { OPEN_RING, spreadOffsets } from '../../src/domain/spread.ts'

describe('spreadOffsets', () => {
  it('leaves a lone marker where it is', () => {
    expect(
      spreadOffsets([
        { id: 'a', lon: -93, lat: 45 },
        { id: 'b', lon: -93.1, lat: 45 },
      ]).size,
    ).toBe(0)
  })

  it('draws markers at one position apart, at least 11 px from it and from each other', () => {
    const at = (id: string) => ({ id, lon: -93.24272, lat: 44.64969 })
    const offsets = spreadOffsets([at('d'), at('a'), at('c'), at('b')])
    const points = ['a', 'b', 'c', 'd'].map((id): [number, number] => offsets.get(id) ?? [0, 0])
    for (const [dx, dy] of points) expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(10.5)
    points.forEach(([ax, ay], i) =>
      points
        .slice(i + 1)
        .forEach(([bx, by]) => expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThan(14)),
    )
    // The first by id sits at the top of the ring: same input, same picture.
    expect(offsets.get('a')).toEqual([0, -11])
  })

  it('spreads a pair, and widens the ring of a big group so neighbours stay about 16 px apart', () => {
    const at = (id: string) => ({ id, lon: -93.2, lat: 45 })
    const pair = spreadOffsets([at('y'), at('x')])
    expect([...pair.entries()].sort()).toEqual([
      ['x', [0, -11]],
      ['y', [0, 11]],
    ])
    // Five round a ring of 16 * 5 / 2pi = 12.73 px, every 72 degrees from the top, by hand.
    const five = spreadOffsets(['a', 'b', 'c', 'd', 'e'].map(at))
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => five.get(id))).toEqual([
      [0, -13],
      [12, -4],
      [7, 10],
      [-7, 10],
      [-12, -4],
    ])
  })

  it('opens a ring so two, three or four clinics at one place are square targets apart', () => {
    // Square targets of 33 and 24 px with a 2 px gap stand apart when their centres differ by
    // 30.5 px along x or y; offsets are whole pixels, so by hand a ring of four needs r >= 31.
    for (const n of [2, 3, 4]) {
      const ids = ['a', 'b', 'c', 'd'].slice(0, n)
      const ring = spreadOffsets(
        ids.map((id) => ({ id, lon: -93.24, lat: 44.65 })),
        OPEN_RING.minRadius,
        OPEN_RING.apart,
      )
      const at = ids.map((id) => ring.get(id)!)
      for (const [i, p] of at.entries())
        for (const q of at.slice(i + 1))
          expect(Math.max(Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]))).toBeGreaterThanOrEqual(31)
    }
  })
})
