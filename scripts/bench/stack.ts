/**
 * The benchmark's stack floor (scripts/bench/run.ts): what React 19 and react-leaflet 5 cost on
 * their own for the floor's map (floor.ts): the same points over the same basemap, fetched from
 * the same files, one react-leaflet Marker per clinic with a divIcon, no app code. The app's
 * time to first marker over this page's is the app's own work. Built by the bench only.
 */
/// <reference types="vite/client" />
import * as L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import { createElement as h, useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { MapContainer, Marker, useMap } from 'react-leaflet'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { MARKER } from '../../src/domain/dom-contract.ts'
import './floor.css'

interface Basemap {
  features: { properties: { layer?: string } }[]
}

const load = <T>(path: string) => fetch(path).then((r) => r.json() as Promise<T>)
const [clinics, basemap] = await Promise.all([
  load<Dataset>('data/clinics.geojson'),
  load<Basemap>('basemap.json'),
])

const DOT =
  '<svg viewBox="0 0 20 20" width="19" height="19"><circle cx="10" cy="10" r="7" fill="#d55e00" stroke="#fff" stroke-width="1.5"/></svg>'
const icon = L.divIcon({ className: MARKER, html: DOT, iconSize: [19, 19] })
const bounds = L.latLngBounds(
  clinics.features
    .filter((f) => f.properties.evidence !== 'unlikely')
    .map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]] as [number, number]),
)

function Basemap() {
  const map = useMap()
  useEffect(() => {
    const layer = L.geoJSON(
      {
        type: 'FeatureCollection',
        features: basemap.features.filter((f) => f.properties.layer !== 'city'),
      } as unknown as GeoJSON.FeatureCollection,
      { interactive: false, style: { color: '#b8b2a7', weight: 0.8, fillColor: '#f1efe9' } },
    ).addTo(map)
    return () => void layer.remove()
  }, [map])
  return null
}

const root = document.getElementById('map')
if (!root) throw new Error('stack.html needs <div id="map">')
// createElement, not JSX: scripts/ compile under tsconfig.node.json, which has no JSX.
createRoot(root).render(
  h(
    MapContainer,
    { bounds, boundsOptions: { padding: [24, 24] }, zoomSnap: 0.25 },
    h(Basemap),
    clinics.features.map((f) =>
      h(Marker, {
        key: f.id,
        position: [f.geometry.coordinates[1], f.geometry.coordinates[0]],
        icon,
        keyboard: true,
      }),
    ),
  ),
)
