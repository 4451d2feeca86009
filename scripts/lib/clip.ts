/**
 * Clipping lon/lat geometry to a box and rounding it for a compact file. The clipping itself is
 * `lineclip` (maintained, by Leaflet's author); this module fixes the ring conventions and the
 * rounding. Planar maths: the boxes here span a few degrees, where lon/lat as x/y is harmless.
 *
 * @example
 * clipLine([[-98, 45], [-93, 45]], [-97.5, 42.8, -89.5, 47.5]) // [[[-97.5, 45], [-93, 45]]]
 */

import { clipPolygon, clipPolyline } from 'lineclip'

export type Position = [number, number]
/** West, south, east, north (RFC 7946 bbox order). */
export type Box = [number, number, number, number]

/** Four decimals is about 10 m, finer than the 1:10,000,000 source lines. */
const round = (v: number) => Math.round(v * 1e4) / 1e4

/** A position rounded to four decimals. */
export const roundPosition = ([x, y]: Position): Position => [round(x), round(y)]

/** The pieces of a line inside the box; a line that leaves and re-enters becomes two pieces. */
export function clipLine(line: Position[], box: Box): Position[][] {
  return clipPolyline(line, box)
}

/**
 * A closed ring cut to the box (Sutherland–Hodgman, by lineclip), closed again. A concave ring
 * may keep zero-width slivers along the box edge; they fill no area, so they do not show.
 */
export function clipRing(ring: Position[], box: Box): Position[] {
  const points = clipPolygon(ring.slice(0, -1), box)
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
