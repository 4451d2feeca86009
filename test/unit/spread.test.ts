import { describe, expect, it } from 'vitest'
import { spreadOffsets } from '../../src/domain/spread.ts'

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
})
