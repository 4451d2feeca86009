/**
 * Pointer targets for the clinic markers at the current zoom (WCAG 2.5.8, issue 14 pt 6;
 * docs/targets.md). Pure screen-pixel geometry: the map projects the points at its zoom.
 *
 * Every target is at least {@link MIN_TARGET} px square, no two overlap, and each clinic's
 * symbol centre lies inside its own target. A marker is its own target (its box, grown to
 * 24 px) unless that box overlaps another: then the overlapping markers form a group, one
 * target over the union of their boxes. Chaining alone would join a whole metro into one group
 * (a union grows and reaches its neighbours), so a group is cut in two where its members leave
 * a clear lane ({@link TargetOptions.lane} px between symbol centres), and each side is grouped
 * again inside its half: a few groups by area instead of one blob. Clinics at one place (the
 * same position, drawn apart by spread.ts) are never cut apart.
 */

/** WCAG 2.5.8's minimum target side, in CSS pixels. */
const MIN_TARGET = 24

export interface TargetPoint {
  id: string
  /** Centre of the marker's symbol, in screen pixels (any common origin). */
  x: number
  y: number
  /** Side of the marker's drawn box; its target is at least {@link MIN_TARGET}. */
  size: number
  /** Markers with the same place (their position before spreading) stay in one target. */
  place: string
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export interface TargetBox extends Box {
  /** Members, sorted; one id for a marker that is its own target. */
  ids: string[]
}

export interface TargetOptions {
  /**
   * Boxes closer than this count as overlapping, and a cut leaves this much between its sides
   * (Leaflet rounds positions and sizes to whole pixels).
   */
  gap?: number
  /**
   * The narrowest lane between two sides' symbol centres that a cut may run along: each centre
   * keeps half of it inside its own target.
   */
  lane?: number
  /** A group of more than this many is cut even where no clear lane runs through it. */
  most?: number
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.left < b.right + gap &&
  b.left < a.right + gap &&
  a.top < b.bottom + gap &&
  b.top < a.bottom + gap

const union = (a: TargetBox, b: TargetBox): TargetBox => ({
  ids: [...a.ids, ...b.ids],
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
})

/** A marker's own target: its box grown to 24 px, around its centre. */
function boxOf(p: TargetPoint): TargetBox {
  const half = Math.max(MIN_TARGET, p.size) / 2
  return { ids: [p.id], left: p.x - half, top: p.y - half, right: p.x + half, bottom: p.y + half }
}

const inside = (a: Box, cell: Box) =>
  a.left >= cell.left && a.top >= cell.top && a.right <= cell.right && a.bottom <= cell.bottom

/** `a` cut down to `cell`: a group's target stays on its side of a cut. */
const clip = (a: TargetBox, cell: Box): TargetBox => ({
  ids: a.ids,
  left: Math.max(a.left, cell.left),
  top: Math.max(a.top, cell.top),
  right: Math.min(a.right, cell.right),
  bottom: Math.min(a.bottom, cell.bottom),
})

/** Merges overlapping boxes until none overlap: a merged box may reach one it did not touch. */
function chain(boxes: TargetBox[], gap: number): TargetBox[] {
  for (let merged = true; merged;) {
    merged = false
    const next: TargetBox[] = []
    for (let box of boxes) {
      for (let j = 0; j < next.length;) {
        if (overlaps(box, next[j] as TargetBox, gap)) {
          box = union(box, next.splice(j, 1)[0] as TargetBox)
          merged = true
        } else j++
      }
      next.push(box)
    }
    boxes = next
  }
  return boxes
}

type Axis = 'x' | 'y'

interface Cut {
  axis: Axis
  at: number
  /** Clear space between the two sides' symbol centres. */
  width: number
  /** Members on the smaller side. */
  fewer: number
}

/** Where a group may be cut: between two places, leaving both halves 24 px or more. */
function cuts(points: readonly TargetPoint[], box: Box, gap: number): Cut[] {
  const out: Cut[] = []
  for (const axis of ['x', 'y'] as const) {
    const [lo, hi] = axis === 'x' ? [box.left, box.right] : [box.top, box.bottom]
    // A place is one unit: its span of centres and its size, sorted by where it starts.
    const units = new Map<string, { start: number; end: number; n: number }>()
    for (const p of points) {
      const u = units.get(p.place) ?? { start: p[axis], end: p[axis], n: 0 }
      units.set(p.place, {
        start: Math.min(u.start, p[axis]),
        end: Math.max(u.end, p[axis]),
        n: u.n + 1,
      })
    }
    const sorted = [...units.values()].sort((a, b) => a.start - b.start)
    let reach = -Infinity
    let before = 0
    for (const u of sorted) {
      const at = (reach + u.start) / 2
      // The two sides keep `gap` between them, as any two targets do.
      const fits = at - gap / 2 - lo >= MIN_TARGET && hi - at - gap / 2 >= MIN_TARGET
      if (before > 0 && u.start - reach > gap && fits)
        out.push({
          axis,
          at,
          width: u.start - reach,
          fewer: Math.min(before, points.length - before),
        })
      reach = Math.max(reach, u.end)
      before += u.n
    }
  }
  return out
}

/**
 * The cuts worth trying on a group, best first: clear lanes at least `lane` wide, widest first;
 * then, in a group of more than `most` members, the cuts that leave at least a quarter of them
 * on each side (the most even ones when none does), widest first. A few at most: each is tried
 * by grouping both sides again.
 */
function cutsToTry(points: readonly TargetPoint[], box: Box, o: Required<TargetOptions>): Cut[] {
  const all = cuts(points, box, o.gap).sort((a, b) => b.width - a.width)
  const free = all.filter((c) => c.width >= o.lane)
  if (points.length <= o.most) return free.slice(0, 3)
  const even = Math.max(...all.map((c) => c.fewer))
  const fair = all.filter((c) => c.width < o.lane && c.fewer >= Math.min(even, points.length / 4))
  return [...free, ...fair].slice(0, 3)
}

const centre = (b: Box) => [(b.left + b.right) / 2, (b.top + b.bottom) / 2] as const

/**
 * The targets inside `cell`. A marker alone there must fit whole (its target is its own
 * element, centred on its symbol, and cannot be cut): one that would not joins the target
 * nearest to it on its side; a side of that one marker only is no side (undefined: the cut is
 * not taken).
 */
function partition(
  points: readonly TargetPoint[],
  cell: Box,
  o: Required<TargetOptions>,
): TargetBox[] | undefined {
  const byId = new Map(points.map((p) => [p.id, p]))
  const cutOff = (g: TargetBox) =>
    g.ids.length === 1 && !inside(boxOf(byId.get(g.ids[0] as string) as TargetPoint), cell)
  let groups = chain(
    points.map((p) => clip(boxOf(p), cell)),
    o.gap,
  )
  for (let lone = groups.find(cutOff); lone; lone = groups.find(cutOff)) {
    const others = groups.filter((g) => g !== lone)
    if (others.length === 0) return undefined
    const [x, y] = centre(lone)
    const far = (g: Box) => Math.hypot(centre(g)[0] - x, centre(g)[1] - y)
    const near = others.reduce((a, b) => (far(b) < far(a) ? b : a))
    groups = chain([...others.filter((g) => g !== near), union(near, lone)], o.gap)
  }
  return groups.flatMap((g) =>
    g.ids.length > 1
      ? split(
          g.ids.map((id) => byId.get(id) as TargetPoint),
          g,
          o,
        )
      : [g],
  )
}

/** A group cut in two (and each side grouped again) at the first cut that works, or whole. */
function split(members: TargetPoint[], group: TargetBox, o: Required<TargetOptions>): TargetBox[] {
  for (const cut of cutsToTry(members, group, o)) {
    const before = (p: TargetPoint) => p[cut.axis] < cut.at
    const [end, start] =
      cut.axis === 'x' ? (['right', 'left'] as const) : (['bottom', 'top'] as const)
    const a = partition(members.filter(before), { ...group, [end]: cut.at - o.gap / 2 }, o)
    const b =
      a &&
      partition(
        members.filter((p) => !before(p)),
        { ...group, [start]: cut.at + o.gap / 2 },
        o,
      )
    if (a && b) return [...a, ...b]
  }
  return [group]
}

/**
 * The targets for these markers: lone markers keep their own box (grown to 24 px), overlapping
 * ones become groups, cut where a lane allows. Same input, same output (members and targets
 * sorted by id).
 *
 * @example
 *   groupTargets([{ id: 'a', x: 0, y: 0, size: 25, place: 'A' }, { id: 'b', x: 10, y: 0, size: 25, place: 'B' }])
 *   // [{ ids: ['a', 'b'], left: -12.5, top: -12.5, right: 22.5, bottom: 12.5 }]
 */
export function groupTargets(
  points: readonly TargetPoint[],
  { gap = 0, lane = Infinity, most = Infinity }: TargetOptions = {},
): TargetBox[] {
  const all = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity }
  // Never undefined: every marker fits inside an unbounded cell.
  return (partition(points, all, { gap, lane, most }) ?? [])
    .map((b) => ({ ...b, ids: [...b.ids].sort() }))
    .sort((a, b) => (String(a.ids[0]) < String(b.ids[0]) ? -1 : 1))
}

/**
 * A group button's name from its members' towns: the count, then the towns, the town with
 * most clinics first (every position in this dataset is a town's centre, so towns are the
 * places a reader can tell apart at a zoom where clinics overlap).
 *
 * @example
 *   groupName(['Lakeville', 'Lakeville', 'Lakeville', 'Lakeville']) // '4 clinics in Lakeville'
 *   groupName(['St. Paul', 'Maplewood', 'St. Paul']) // '3 clinics: St. Paul (2), Maplewood'
 */
export function groupName(towns: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const t of towns) counts.set(t, (counts.get(t) ?? 0) + 1)
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
  if (sorted.length === 1) return `${towns.length} clinics in ${sorted[0]?.[0]}`
  return `${towns.length} clinics: ${sorted.map(([t, n]) => (n > 1 ? `${t} (${n})` : t)).join(', ')}`
}
