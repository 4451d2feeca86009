/**
 * The name tooltip of each DOM marker, bound once Leaflet's tooltip code has loaded. That code
 * (about 3 KB gzipped, scripts/lib/leaflet-carve.ts) is not needed to draw the first view: it
 * starts loading when the first marker mounts, and a tooltip only shows on hover or focus.
 *
 * @example
 *   bindNameTooltip(marker, 'Allina Health Coon Rapids Clinic') // returns an unbind function
 */
import type * as L from 'leaflet'

let loading: Promise<unknown> | undefined
/** Loading the module adds bindTooltip() and friends to every Leaflet layer. */
const loadTooltips = () => (loading ??= import('virtual:leaflet-tooltip'))

/** Binds `name` as the marker's tooltip (as text: names come from data, never HTML). */
export function bindNameTooltip(marker: L.Marker, name: string): () => void {
  let bound = true
  void loadTooltips().then(() => {
    if (!bound) return
    const text = document.createElement('span')
    text.textContent = name
    marker.bindTooltip(text, { direction: 'top' })
  })
  return function unbind() {
    bound = false
    if (marker.getTooltip?.()) marker.unbindTooltip()
  }
}
