/**
 * The basemap's clipping and rounding (scripts/lib/clip.ts), Leaflet-style: one spec for one
 * geometry module, every expectation worked out by hand on a 10 x 10 box.
 */
import { describe, expect, it } from 'vitest'
import {
  clipLine,
  clipRing,
  roundLine,
  roundRing,
  type Box,
  type Position,
} from '../../scripts/lib/clip.ts'

const BOX: Box = [0, 0, 10, 10]

describe('clipLine', () => {
  it('keeps a line inside the box as it is', () => {
    expect(
      clipLine(
        [
          [1, 1],
          [5, 5],
          [9, 2],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [1, 1],
        [5, 5],
        [9, 2],
      ],
    ])
  })

  it('cuts a line crossing the box at both edges', () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [15, 5],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [0, 5],
        [10, 5],
      ],
    ])
  })

  it('splits a line that leaves and comes back into two pieces', () => {
    const line: Position[] = [
      [2, 5],
      [12, 5],
      [12, 8],
      [2, 8],
    ]
    expect(clipLine(line, BOX)).toEqual([
      [
        [2, 5],
        [10, 5],
      ],
      [
        [10, 8],
        [2, 8],
      ],
    ])
  })

  it('drops a line wholly outside', () => {
    expect(
      clipLine(
        [
          [11, 11],
          [20, 20],
        ],
        BOX,
      ),
    ).toEqual([])
  })

  it('cuts a diagonal where it meets the corner region', () => {
    // y = x + 5 enters at (-5 -> x=0, y=5) and leaves the top at x=5, y=10.
    expect(
      clipLine(
        [
          [-5, 0],
          [10, 15],
        ],
        BOX,
      ),
    ).toEqual([
      [
        [0, 5],
        [5, 10],
      ],
    ])
  })
})

describe('clipRing', () => {
  it('cuts a square overlapping the right edge to the part inside, closed', () => {
    const ring: Position[] = [
      [5, 2],
      [15, 2],
      [15, 8],
      [5, 8],
      [5, 2],
    ]
    const out = clipRing(ring, BOX)
    expect(out[0]).toEqual(out[out.length - 1])
    expect(new Set(out.map((p) => p.join(',')))).toEqual(new Set(['5,2', '10,2', '10,8', '5,8']))
  })

  it('is empty for a ring wholly outside', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        BOX,
      ),
    ).toEqual([])
  })

  it('becomes the box itself for a ring around it', () => {
    const out = clipRing(
      [
        [-1, -1],
        [11, -1],
        [11, 11],
        [-1, 11],
        [-1, -1],
      ],
      BOX,
    )
    expect(new Set(out.map((p) => p.join(',')))).toEqual(new Set(['0,0', '10,0', '10,10', '0,10']))
  })
})

describe('rounding', () => {
  it('rounds to four decimals and drops points that become repeats', () => {
    expect(
      roundLine([
        [1.00001, 2],
        [1.00004, 2.00001],
        [3.123456, 4],
      ]),
    ).toEqual([
      [1, 2],
      [3.1235, 4],
    ])
  })

  it('a line that rounds to one point is gone', () => {
    expect(
      roundLine([
        [1.00001, 2],
        [1.00002, 2],
      ]),
    ).toEqual([])
  })

  it('outer rings run anticlockwise (RFC 7946), holes clockwise', () => {
    const clockwise: Position[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ]
    expect(roundRing(clockwise)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ])
    expect(roundRing(clockwise, true)).toEqual(clockwise)
  })

  it('a ring with no area left is dropped', () => {
    expect(
      roundRing([
        [0, 0],
        [1, 0],
        [2, 0],
        [0, 0],
      ]),
    ).toEqual([])
  })
})

describe('clip edges', () => {
  it('keeps each corner of a ring inside the box once, closed by one repeat of the first', () => {
    const square: Position[] = [
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
      [2, 2],
    ]
    const out = clipRing(square, BOX)
    expect(out).toHaveLength(5)
    expect(out[0]).toEqual(out[4])
  })

  it('leaves an anticlockwise outer ring as it is, and turns it for a hole', () => {
    const anticlockwise: Position[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]
    expect(roundRing(anticlockwise)).toEqual(anticlockwise)
    expect(roundRing(anticlockwise, true)).toEqual([...anticlockwise].reverse())
  })
})
