/**
 * Where each place label on the basemap goes, so that labels never sit on a clinic marker's box,
 * nor on each other, nor hang off the map's edge. Pure screen geometry (pixels in the map's
 * container), so it runs in Node and the map only measures and applies.
 *
 * Each label tries eight spots around its point (above, below, right, left, then the four
 * corners), then the same spots a few pixels farther out, and takes the first that is free.
 * Labels are placed in priority order (rank 1, the metro's cities, first); a major city may
 * move farther than a town, so Minneapolis and St. Paul stay findable beside the metro's
 * cluster of clinics. A label with no free spot at all is hidden. Markers win over
 * names: a name over a clinic hides the clinic's symbol, which is the map's subject.
 */

const PLACEMENTS = [
  'above',
  'below',
  'right',
  'left',
  'above-right',
  'above-left',
  'below-right',
  'below-left',
] as const
export type Spot = (typeof PLACEMENTS)[number]
type Placement = Spot | 'hidden'

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface LabelToPlace {
  id: string
  /** 1 for the metro's cities (never moved aside for a town), 2 for towns (hidden when crowded). */
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
  /** What labels must not touch: the clinic markers' boxes. */
  obstacles: readonly Box[]
  /** Distance from the point to the label's near edge, in pixels. */
  gap: number
}

/** Where a label goes: its spot and its box (container pixels), or hidden. */
export interface PlacedLabel {
  spot: Placement
  /** The label's box; undefined when hidden. */
  box?: Box
}

/**
 * How far past the gap a label may move from its point, in pixels, tried nearest first. A town
 * with its own clinic at its centre needs the first steps (the strike day's marker box is 32 px,
 * wider than twice the gap); a major city may move farther, out of the metro's cluster.
 */
const TOWN_STEPS = [0, 6, 12] as const
const MAJOR_STEPS = [0, 6, 12, 18, 24, 32, 40, 50] as const
/** A corner spot sits this fraction of the gap away on each axis (about the gap diagonally). */
const CORNER = 0.7

/** The label's box at one of its spots, `gap` pixels from its point. */
export function boxAt(label: LabelToPlace, spot: Spot, gap: number): Box {
  const { x, y, width: w, height: h } = label
  const c = gap * CORNER
  switch (spot) {
    case 'above':
      return { left: x - w / 2, right: x + w / 2, top: y - gap - h, bottom: y - gap }
    case 'below':
      return { left: x - w / 2, right: x + w / 2, top: y + gap, bottom: y + gap + h }
    case 'right':
      return { left: x + gap, right: x + gap + w, top: y - h / 2, bottom: y + h / 2 }
    case 'left':
      return { left: x - gap - w, right: x - gap, top: y - h / 2, bottom: y + h / 2 }
    case 'above-right':
      return { left: x + c, right: x + c + w, top: y - c - h, bottom: y - c }
    case 'above-left':
      return { left: x - c - w, right: x - c, top: y - c - h, bottom: y - c }
    case 'below-right':
      return { left: x + c, right: x + c + w, top: y + c, bottom: y + c + h }
    case 'below-left':
      return { left: x - c - w, right: x - c, top: y + c, bottom: y + c + h }
  }
}

/** How many square pixels two boxes share (0 when they only touch along an edge). */
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
): Map<string, PlacedLabel> {
  const order = [...labels].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
  const placed: Box[] = []
  const result = new Map<string, PlacedLabel>()
  const free = (box: Box) =>
    inside(box, bounds) &&
    !placed.some((o) => overlap(box, o) > 0) &&
    !obstacles.some((o) => overlap(box, o) > 0)
  for (const label of order) {
    const steps = label.rank <= 1 ? MAJOR_STEPS : TOWN_STEPS
    let found: PlacedLabel = { spot: 'hidden' }
    search: for (const step of steps) {
      for (const spot of PLACEMENTS) {
        const box = boxAt(label, spot, gap + step)
        if (free(box)) {
          found = { spot, box }
          break search
        }
      }
    }
    result.set(label.id, found)
    if (found.box) placed.push(found.box)
  }
  return result
}
