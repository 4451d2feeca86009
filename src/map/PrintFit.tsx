import { useEffect } from 'react'
import type * as L from 'leaflet'
import { useMap } from 'react-leaflet'

/**
 * Printing shows the strike's whole region at the paper's width, whatever the reader had
 * zoomed to (a selected clinic's view cropped Cambridge and Faribault), and puts the view back
 * afterwards. The print media query, not `beforeprint`, because it fires once the print layout
 * has sized the map.
 */
export function PrintFit({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap()
  useEffect(
    function refitForPrint() {
      const print = window.matchMedia?.('print')
      if (!print) return
      let saved: { center: L.LatLng; zoom: number } | undefined
      const onChange = () => {
        map.invalidateSize({ animate: false })
        if (print.matches) {
          saved = { center: map.getCenter(), zoom: map.getZoom() }
          map.fitBounds(bounds, { padding: [24, 24], animate: false })
        } else if (saved) {
          map.setView(saved.center, saved.zoom, { animate: false })
          saved = undefined
        }
      }
      print.addEventListener('change', onChange)
      return function stopWatching() {
        print.removeEventListener('change', onChange)
      }
    },
    [map, bounds],
  )
  return null
}
