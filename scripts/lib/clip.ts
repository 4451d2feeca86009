/**
 * Clipping lon/lat geometry to a box and rounding it for a compact file. Pure functions, plain
 * planar maths: the boxes here span a few degrees, where treating lon/lat as x/y is harmless.
 *
 * @example
 * clipLine([[-98, 45], [-93, 45]], [-97.5, 42.8, -89.5, 47.5]) // [[[-97.5, 45], [-93, 45]]]
 */

export type Position = [number, number]
/** West, south, east, north (RFC 7946 bbox order). */
export type Box = [number, number, number, number]

/** Four decimals is about 10 m, finer than the 1:10,000,000 source lines. */
const round = (v: number) => Math.round(v * 1e4) / 1e4

/** A position rounded to four decimals. */
export const roundPosition = ([x, y]: Position): Position => [round(x), round(y)]

/** Liang–Barsky: the part of segment a→b inside the box, reusing a or b when they are inside. */
function clipSegment(a: Position, b: Position, [w, s, e, n]: Box): [Position, Position] | null {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, a[0] - w],
    [dx, e - a[0]],
    [-dy, a[1] - s],
    [dy, n - a[1]],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null
      continue
    }
    const t = q / p
    if (p < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 > t1) return null
  }
  const at = (t: number): Position => [a[0] + t * dx, a[1] + t * dy]
  return [t0 === 0 ? a : at(t0), t1 === 1 ? b : at(t1)]
}

/** The pieces of a line inside the box; a line that leaves and re-enters becomes two pieces. */
export function clipLine(line: Position[], box: Box): Position[][] {
  const pieces: Position[][] = []
  let piece: Position[] = []
  const finish = () => {
    if (piece.length > 1) pieces.push(piece)
    piece = []
  }
  line.forEach((b, i) => {
    const a = line[i - 1]
    if (!a) return
    const cut = clipSegment(a, b, box)
    if (!cut) return finish()
    // A new start point means the segment entered the box from outside.
    if (cut[0] !== a) finish()
    if (piece.length === 0) piece.push(cut[0])
    piece.push(cut[1])
    if (cut[1] !== b) finish()
  })
  finish()
  return pieces
}

/**
 * Sutherland–Hodgman: a closed ring cut to the box. A concave ring may keep zero-width slivers
 * along the box edge; they fill no area, so they do not show.
 */
export function clipRing(ring: Position[], [w, s, e, n]: Box): Position[] {
  const atX = (a: Position, b: Position, x: number): Position => [
    x,
    a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
  ]
  const atY = (a: Position, b: Position, y: number): Position => [
    a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
    y,
  ]
  const sides: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= w, (a, b) => atX(a, b, w)],
    [(p) => p[0] <= e, (a, b) => atX(a, b, e)],
    [(p) => p[1] >= s, (a, b) => atY(a, b, s)],
    [(p) => p[1] <= n, (a, b) => atY(a, b, n)],
  ]
  let points = ring.slice(0, -1)
  for (const [inside, cross] of sides) {
    const input = points
    points = []
    let prev = input[input.length - 1]
    for (const p of input) {
      if (prev && inside(p) !== inside(prev)) points.push(cross(prev, p))
      if (inside(p)) points.push(p)
      prev = p
    }
  }
  const first = points[0]
  return first ? [...points, first] : []
}

/** Rounded, without repeated points; empty when fewer than two distinct points remain. */
export function roundLine(line: Position[]): Position[] {
  const out: Position[] = []
  for (const position of line) {
    const last = out[out.length - 1]
    const p = roundPosition(position)
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p)
  }
  return out.length > 1 ? out : []
}

/** Twice the signed area: positive when the ring runs anticlockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0
  ring.forEach((b, i) => {
    const a = ring[i - 1]
    if (a) sum += (b[0] - a[0]) * (b[1] + a[1])
  })
  return -sum
}

/**
 * Rounded ring, empty when nothing with area is left. Turned anticlockwise, the RFC 7946
 * winding for outer rings (us-atlas follows d3's opposite convention); holes are turned with
 * `hole` set, clockwise.
 */
export function roundRing(ring: Position[], hole = false): Position[] {
  const out = roundLine(ring)
  if (out.length < 4) return []
  const area = signedArea(out)
  if (area === 0) return []
  return area > 0 === !hole ? out : out.reverse()
}
