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
      const layer = tileLayer(TILES.url, {
        attribution: TILES.attribution,
        maxZoom: TILES.maxZoom,
        opacity: TILES.opacity,
      }).addTo(map)
      return function removeTiles() {
        layer.remove()
      }
    },
    [map],
  )
  return null
}
