/**
 * Where each place label on the basemap goes, so that labels neither overlap each other nor sit
 * under a clinic marker, nor hang off the map's edge. Pure screen geometry (pixels in the map's
 * container), so it runs in Node and the map only measures and applies.
 *
 * Each label tries four spots around its point in order (above, below, right, left) and takes
 * the first that is free; labels are placed in priority order (rank 1, the big cities, first).
 * A minor label with no free spot is hidden; a major one is never hidden, and takes the spot
 * that overlaps other labels least, so the reader can always find Minneapolis and St. Paul.
 */

export type Placement = 'above' | 'below' | 'right' | 'left' | 'hidden'
export const PLACEMENTS = ['above', 'below', 'right', 'left'] as const

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface LabelToPlace {
  id: string
  /** 1 for the metro's cities (always shown), 2 for towns (hidden when crowded). */
  rank: number
  /** The place's point in container pixels. */
  x: number
  y: number
  width: number
  height: number
}

export interface PlacementOptions {
  /** The map's visible area; a label must fit inside it. */
  bounds: Box
  /** What labels must not cover: the clinic markers' boxes. */
  obstacles: readonly Box[]
  /** Distance from the point to the label's near edge, in pixels. */
  gap: number
}

/** The label's box at one of its spots. */
export function boxAt(label: LabelToPlace, spot: Exclude<Placement, 'hidden'>, gap: number): Box {
  const { x, y, width: w, height: h } = label
  switch (spot) {
    case 'above':
      return { left: x - w / 2, right: x + w / 2, top: y - gap - h, bottom: y - gap }
    case 'below':
      return { left: x - w / 2, right: x + w / 2, top: y + gap, bottom: y + gap + h }
    case 'right':
      return { left: x + gap, right: x + gap + w, top: y - h / 2, bottom: y + h / 2 }
    case 'left':
      return { left: x - gap - w, right: x - gap, top: y - h / 2, bottom: y + h / 2 }
  }
}

/** How many square pixels two boxes share. */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return w > 0 && h > 0 ? w * h : 0
}

const inside = (box: Box, bounds: Box) =>
  box.left >= bounds.left &&
  box.top >= bounds.top &&
  box.right <= bounds.right &&
  box.bottom <= bounds.bottom

export function placeLabels(
  labels: readonly LabelToPlace[],
  { bounds, obstacles, gap }: PlacementOptions,
): Map<string, Placement> {
  const order = [...labels].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
  const placed: Box[] = []
  const result = new Map<string, Placement>()
  const clash = (box: Box, against: readonly Box[]) => against.some((o) => overlap(box, o) > 0)
  for (const label of order) {
    let chosen: Exclude<Placement, 'hidden'> | undefined = PLACEMENTS.find((spot) => {
      const box = boxAt(label, spot, gap)
      return inside(box, bounds) && !clash(box, placed) && !clash(box, obstacles)
    })
    if (!chosen && label.rank <= 1) {
      // Never hide a major city: the spot that covers other labels least, then markers least.
      const cost = (spot: Exclude<Placement, 'hidden'>) => {
        const box = boxAt(label, spot, gap)
        const sum = (against: readonly Box[]) => against.reduce((s, o) => s + overlap(box, o), 0)
        return sum(placed) * 1e6 + sum(obstacles)
      }
      chosen = PLACEMENTS.reduce((best, spot) => (cost(spot) < cost(best) ? spot : best))
    }
    result.set(label.id, chosen ?? 'hidden')
    if (chosen) placed.push(boxAt(label, chosen, gap))
  }
  return result
}
