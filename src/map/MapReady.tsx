import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import { MAP_READY } from '../domain/dom-contract.ts'

/**
 * Marks `<html data-map-ready="true">` once the map has laid out and drawn its layers, so the
 * screenshot tool (and tests) photograph a finished map, not a half-drawn one. It signals again
 * once the basemap has arrived (`basemapLoaded`), so the picture includes it; while the basemap
 * is still on its way (`basemapPending`) it waits, since the map now draws without it.
 */
export function MapReady({
  basemapLoaded,
  basemapPending = false,
}: {
  basemapLoaded: boolean
  basemapPending?: boolean
}) {
  const map = useMap()
  useEffect(
    function signalWhenDrawn() {
      let frame = 0
      const root = document.documentElement
      let live = true
      const signal = () => {
        // Once the label-placement code is in (BasemapLayer.tsx loads it after the first view
        // and places the labels in the next frame), then two frames: one for React's commit to
        // reach Leaflet and the placement, one for the browser to paint.
        void import('../domain/label-placement.ts').then(() => {
          if (!live) return
          frame = requestAnimationFrame(() => {
            frame = requestAnimationFrame(() => {
              root.setAttribute(MAP_READY, 'true')
            })
          })
        })
      }
      if (!basemapPending) map.whenReady(signal)
      return function unsignal() {
        live = false
        cancelAnimationFrame(frame)
        root.removeAttribute(MAP_READY)
      }
    },
    [map, basemapLoaded, basemapPending],
  )
  return null
}
