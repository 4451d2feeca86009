/**
 * Where on the map a selected marker can be seen: the map's box, cut to the screen and to the
 * side of the details over it. Pure geometry in container pixels, so it is unit-tested.
 */

export interface Area {
  left: number
  top: number
  right: number
  bottom: number
}

interface Rect {
  left: number
  top: number
  right: number
  bottom: number
  width: number
}

/**
 * The part of the map (box `map`, screen coordinates) that is on a screen `screenHeight` tall
 * and not under `cover`, in the map's own pixels. A cover spanning the map's width is a bottom
 * sheet (the clear part is above it); any other cover is a card at the right (clear to its left).
 */
export function clearArea(map: Rect, screenHeight: number, cover?: Rect): Area {
  const area = {
    left: 0,
    top: Math.max(0, -map.top),
    right: map.width,
    bottom: Math.min(map.bottom, screenHeight) - map.top,
  }
  if (!cover) return area
  const c = { left: cover.left - map.left, top: cover.top - map.top, right: cover.right - map.left }
  if (c.left <= 1 && c.right >= map.width - 1) area.bottom = Math.min(area.bottom, c.top)
  else area.right = Math.min(area.right, c.left)
  return area
}

/** Margin kept between the marker and the clear area's edges, in pixels. */
const CLEAR_MARGIN = 40

/**
 * The pan (`[dx, dy]` for Leaflet's panBy) that moves `point` to the clear area's centre, or
 * undefined when it already lies inside with {@link CLEAR_MARGIN} to spare.
 */
export function panToClear(
  point: { x: number; y: number },
  area: Area,
): [number, number] | undefined {
  const m = Math.min(CLEAR_MARGIN, (area.right - area.left) / 4, (area.bottom - area.top) / 4)
  const inside =
    point.x >= area.left + m &&
    point.x <= area.right - m &&
    point.y >= area.top + m &&
    point.y <= area.bottom - m
  if (inside || area.right <= area.left || area.bottom <= area.top) return undefined
  return [point.x - (area.left + area.right) / 2, point.y - (area.top + area.bottom) / 2]
}
