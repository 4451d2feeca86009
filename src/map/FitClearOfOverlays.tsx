import { useEffect, useRef } from 'react'
import * as L from 'leaflet'
import { useMap } from 'react-leaflet'

/** Room past a clinic's point for its marker: half the largest box (the strike day's 32 px). */
const MARKER_HALF = 18
/** The usual margin at the sides, as in StrikeMap's boundsOptions. */
const SIDE = 24

/**
 * In the embed, fits the first view so that no clinic starts under the "tap to explore" hint
 * at the top or the credit line at the bottom. Both are measured, not assumed: in a narrow
 * article column the credit wraps to two or three lines and used to cover Faribault. Runs once,
 * after the credit's text is in (StrikeMap renders it after TileLayer and TileAttribution, so
 * their effects run first) and before FollowSelection pans to a shared clinic; later zooms and
 * pans are the reader's. The hint's element is already in the DOM (effects run after commit).
 */
export function FitClearOfOverlays({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap()
  const first = useRef(bounds)
  useEffect(
    function fitClear() {
      const container = map.getContainer()
      const box = container.getBoundingClientRect()
      // Hidden (a phone reader tapped List before the page came alive): a fit into a 0x0 box is
      // the deepest zoom, and the clinic then picked from the list sat alone on an empty map.
      // The map keeps its first fit instead (test/component/HiddenMap.test.tsx).
      if (box.width === 0 || box.height === 0) return
      const hint = container.querySelector('.scroll-guard')?.getBoundingClientRect()
      const credit = container
        .querySelector('.leaflet-control-attribution')
        ?.getBoundingClientRect()
      const top = (hint ? hint.bottom - box.top : 0) + MARKER_HALF
      const bottom = (credit ? box.bottom - credit.top : 0) + MARKER_HALF
      map.fitBounds(first.current, {
        paddingTopLeft: [SIDE, Math.max(SIDE, top)],
        paddingBottomRight: [SIDE, Math.max(SIDE, bottom)],
        animate: false,
      })
    },
    [map],
  )
  return null
}
