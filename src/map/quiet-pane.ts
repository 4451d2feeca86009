import type * as L from 'leaflet'

/**
 * A map pane at `zIndex` that takes no clicks and that screen readers skip: for what is drawn
 * to be seen, not used (the basemap and its town names, the searched place). Made once, then
 * found again by name.
 */
export function quietPane(map: L.Map, name: string, zIndex: string): HTMLElement {
  const pane = map.getPane(name) ?? map.createPane(name)
  pane.style.zIndex = zIndex
  pane.style.pointerEvents = 'none'
  pane.setAttribute('aria-hidden', 'true')
  return pane
}
