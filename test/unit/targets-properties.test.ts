/**
 * The promises of src/domain/targets.ts (docs/targets.md) on random marker layouts, with the
 * map's own options (gap 2, lane 16, most 8) and with none: every target at least 24 px square,
 * no two closer than the gap, each clinic in exactly one target with its symbol centre inside
 * it, the clinics of one place in one target, a marker alone keeping its own box grown to 24 px,
 * and members and targets sorted by id.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupTargets, type TargetPoint } from '../../src/domain/targets.ts'

// Places (a town's centre) with their clinics a few pixels apart, as spread.ts draws them.
const layout = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 160 })), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.array(
      fc.record({
        place: fc.nat(),
        dx: fc.integer({ min: -6, max: 6 }),
        dy: fc.integer({ min: -6, max: 6 }),
        size: fc.integer({ min: 14, max: 32 }),
      }),
      { minLength: 1, maxLength: 16 },
    ),
  )
  .map(([places, ps]) =>
    ps.map((p, i): TargetPoint => {
      const k = p.place % places.length
      const [x, y] = places[k] as [number, number]
      return {
        id: `c${String(i).padStart(2, '0')}`,
        x: x + p.dx,
        y: y + p.dy,
        size: p.size,
        place: `P${k}`,
      }
    }),
  )

const OPTIONS = [{}, { gap: 2, lane: 16, most: 8 }, { gap: 2 }, { gap: 0, lane: 10, most: 3 }]

describe('groupTargets on random layouts', () => {
  it.each(OPTIONS)('keeps its promises with %o', (options) => {
    fc.assert(
      fc.property(layout, (points) => {
        const gap = (options as { gap?: number }).gap ?? 0
        const targets = groupTargets(points, options)
        const ids = targets.flatMap((t) => t.ids)
        expect([...ids].sort()).toEqual(points.map((p) => p.id))
        for (const t of targets) {
          expect(t.right - t.left).toBeGreaterThanOrEqual(24 - 1e-9)
          expect(t.bottom - t.top).toBeGreaterThanOrEqual(24 - 1e-9)
          expect(t.ids).toEqual([...t.ids].sort())
          for (const id of t.ids) {
            const p = points.find((q) => q.id === id) as TargetPoint
            expect(p.x).toBeGreaterThanOrEqual(t.left)
            expect(p.x).toBeLessThanOrEqual(t.right)
            expect(p.y).toBeGreaterThanOrEqual(t.top)
            expect(p.y).toBeLessThanOrEqual(t.bottom)
          }
          if (t.ids.length === 1) {
            const p = points.find((q) => q.id === t.ids[0]) as TargetPoint
            const half = Math.max(24, p.size) / 2
            expect([t.left, t.top, t.right, t.bottom]).toEqual([
              p.x - half,
              p.y - half,
              p.x + half,
              p.y + half,
            ])
          }
        }
        for (const [i, a] of targets.entries())
          for (const b of targets.slice(i + 1)) {
            const apart =
              a.left >= b.right + gap ||
              b.left >= a.right + gap ||
              a.top >= b.bottom + gap ||
              b.top >= a.bottom + gap
            expect(apart, `${a.ids} and ${b.ids}`).toBe(true)
          }
        const firsts = targets.map((t) => t.ids[0] as string)
        expect(firsts).toEqual([...firsts].sort())
        for (const place of new Set(points.map((p) => p.place))) {
          const members = points.filter((p) => p.place === place).map((p) => p.id)
          const holding = targets.filter((t) => t.ids.some((id) => members.includes(id)))
          expect(holding, `place ${place}`).toHaveLength(1)
        }
      }),
      { numRuns: 150, seed: 20261201 },
    )
  })
})
