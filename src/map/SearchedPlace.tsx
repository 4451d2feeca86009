import { useEffect } from 'react'
import * as L from 'leaflet'
import { useMap } from 'react-leaflet'
import { quietPane } from './quiet-pane.ts'

/**
 * The place a search asked about ("Lakeville, MN", "ZIP 55104", "your location"), marked on
 * the map with its name: the map fits to it and its nearest clinics, and zoomed in that far the
 * basemap names no town around them, so the reader saw rings on an empty map. Left out of the
 * accessibility tree: the search's own line says the same ("The 5 clinics nearest to
 * Lakeville, MN").
 */
const PANE = 'searched'

export function SearchedPlace({ at, name }: { at: readonly [number, number]; name: string }) {
  const map = useMap()
  const [lon, lat] = at
  useEffect(
    function mark() {
      const label = document.createElement('span')
      // "your location" as a label of its own.
      label.textContent = name.charAt(0).toUpperCase() + name.slice(1)
      // Above the clinics, so its name is never hidden under one; it takes no clicks, so a
      // clinic it overlaps still opens.
      quietPane(map, PANE, '640')
      const marker = L.marker([lat, lon], {
        pane: PANE,
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: 'searched-place', html: label, iconSize: [14, 14] }),
      }).addTo(map)
      marker.getElement()?.setAttribute('aria-hidden', 'true')
      return function unmark() {
        marker.remove()
      }
    },
    [map, lat, lon, name],
  )
  return null
}
