import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import { tileLayer } from 'virtual:leaflet-tiles'
import { TILES } from './tiles.ts'

/**
 * The raster tiles over the offline basemap. Loaded on demand (StrikeMap.tsx) with Leaflet's
 * tile layers (scripts/lib/leaflet-carve.ts): the map is finished without them, so their code
 * and requests come after the first markers are drawn, not before.
 */
export function Tiles() {
  const map = useMap()
  useEffect(
    function addTiles() {
      const layer = tileLayer(TILES.url, { maxZoom: TILES.maxZoom, opacity: TILES.opacity })
      // Credited once a tile is drawn: offline or blocked, no OpenStreetMap tile shows, and a
      // credit added regardless widened the credit line in view, a layout shift after the
      // first paint (prerender.spec's takeover check, at 1280x720).
      const credit = () => map.attributionControl?.addAttribution(TILES.attribution)
      layer.once('tileload', credit)
      layer.addTo(map)
      return function removeTiles() {
        layer.off('tileload', credit)
        layer.remove()
        map.attributionControl?.removeAttribution(TILES.attribution)
      }
    },
    [map],
  )
  return null
}
