/**
 * Markers that share a position (several clinics at one city centre) are drawn apart on a small
 * ring so each can be seen, hovered and clicked. The offset is in screen pixels, not degrees:
 * the marker's geographic position stays the (approximate) one the data gives, at every zoom.
 */

export interface Placed {
  id: string
  lon: number
  lat: number
}

/**
 * From this zoom on, a ring opens wide enough for each clinic on it to be a target of its own
 * (docs/targets.md): nothing else is near at street level, and zooming in cannot separate
 * clinics that share one point, so a compact ring would stay one group button at every zoom.
 */
export const OPEN_RING_ZOOM = 12

/**
 * An open ring's least radius and spacing. Targets are squares, so two neighbours stand apart
 * when their centres differ by 30.5 px along x or y (half of a 33 px and a 24 px box, and the
 * targets' 2 px gap): four at one place sit r apart along both axes, so r is 32 (a pixel to
 * spare for rounding); three and two, on the same radius, are further apart.
 */
export const OPEN_RING = { minRadius: 32, apart: 44 } as const

/**
 * Pixel offsets `[dx, dy]` for markers sharing a position; lone markers get none. `apart` is
 * about the distance between neighbours on a ring: 16 px while zoomed out, wider from
 * {@link OPEN_RING_ZOOM} ({@link OPEN_RING}).
 */
export function spreadOffsets(
  items: readonly Placed[],
  minRadius = 11,
  apart = 16,
): Map<string, [number, number]> {
  const groups = new Map<string, string[]>()
  for (const item of items) {
    const key = `${item.lon},${item.lat}`
    groups.set(key, [...(groups.get(key) ?? []), item.id])
  }
  const out = new Map<string, [number, number]>()
  for (const ids of groups.values()) {
    if (ids.length < 2) continue
    // Ring circumference grows with the group so neighbours stay about `apart` px apart.
    const radius = Math.max(minRadius, (apart * ids.length) / (2 * Math.PI))
    ids.sort().forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length - Math.PI / 2
      out.set(id, [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))])
    })
  }
  return out
}
