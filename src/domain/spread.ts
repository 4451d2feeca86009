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

/** Pixel offsets `[dx, dy]` for markers sharing a position; lone markers get none. */
export function spreadOffsets(
  items: readonly Placed[],
  minRadius = 11,
): Map<string, [number, number]> {
  const groups = new Map<string, string[]>()
  for (const item of items) {
    const key = `${item.lon},${item.lat}`
    groups.set(key, [...(groups.get(key) ?? []), item.id])
  }
  const out = new Map<string, [number, number]>()
  for (const ids of groups.values()) {
    if (ids.length < 2) continue
    // Ring circumference grows with the group so neighbours stay ~16 px apart.
    const radius = Math.max(minRadius, (16 * ids.length) / (2 * Math.PI))
    ids.sort().forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length - Math.PI / 2
      out.set(id, [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))])
    })
  }
  return out
}
