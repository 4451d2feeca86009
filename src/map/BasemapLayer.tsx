import { useEffect } from 'react'
import * as L from 'leaflet'
import { useMap } from 'react-leaflet'
import type { Basemap, BasemapFeature } from '../data/load-basemap.ts'

/**
 * Draws the offline basemap under everything else, in its own pane below the tile pane, so the
 * map looks finished with no network and tiles (when they load) cover it. Colours come from CSS
 * classes, so light and dark themes restyle it without redrawing.
 */
export function BasemapLayer({ basemap }: { basemap: Basemap }) {
  const map = useMap()
  useEffect(
    function drawBasemap() {
      for (const [name, z] of [
        ['basemap', '150'],
        ['labels', '420'],
      ] as const) {
        const pane = map.getPane(name) ?? map.createPane(name)
        pane.style.zIndex = z
        pane.style.pointerEvents = 'none'
        pane.setAttribute('aria-hidden', 'true')
      }
      const shapes = L.geoJSON(
        {
          type: 'FeatureCollection',
          features: basemap.features.filter((f) => f.properties.layer !== 'city'),
        } as GeoJSON.FeatureCollection,
        {
          pane: 'basemap',
          interactive: false,
          style: (f) => {
            const p = (f as unknown as BasemapFeature | undefined)?.properties
            const layer = p?.layer ?? 'state'
            return {
              className: `basemap-${layer}${layer === 'state' && p?.home ? ' basemap-state--home' : ''}`,
            }
          },
        },
      )
      const labels = basemap.features
        .filter((f) => f.properties.layer === 'city' && f.geometry.type === 'Point')
        .map((f) => {
          const [lon, lat] = f.geometry.coordinates as [number, number]
          const text = document.createElement('span')
          text.textContent = f.properties.name ?? ''
          return L.marker([lat, lon], {
            pane: 'labels',
            interactive: false,
            keyboard: false,
            icon: L.divIcon({
              html: text,
              className: `city-label city-label--rank${f.properties.rank ?? 2}`,
              iconSize: undefined,
            }),
          })
        })
      const group = L.layerGroup([shapes, ...labels]).addTo(map)
      // Minor labels crowd the metro when zoomed far out (phones): CSS hides them below zoom 8.
      const markZoom = () => map.getContainer().classList.toggle('is-zoomed-out', map.getZoom() < 8)
      markZoom()
      map.on('zoomend', markZoom)
      return function removeBasemap() {
        map.off('zoomend', markZoom)
        group.remove()
      }
    },
    [map, basemap],
  )
  return null
}
