/**
 * Building blocks for the hand-worked target layouts of targets-cuts.test.ts and
 * targets-big-groups.test.ts: a marker's point and a target's expected box.
 */

/** A marker at (x, y), its box `size` px (24 unless given), alone at its place unless given. */
export const p = (id: string, x: number, y: number, size = 24, place = id) => ({
  id,
  x,
  y,
  size,
  place,
})

/** The map's own options (src/map/TargetGroups.tsx). */
export const MAP = { gap: 2, lane: 16, most: 8 }

/** The target expected for `ids`, by its edges. */
export const box = (ids: string[], left: number, top: number, right: number, bottom: number) => ({
  ids,
  left,
  top,
  right,
  bottom,
})
