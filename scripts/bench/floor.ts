/**
 * The benchmark's floor (scripts/bench/run.ts): the same clinics over the same offline basemap,
 * drawn by plain Leaflet with no React, no validation and no controls, fetched from the same
 * files. Its time to first marker is what any Leaflet page pays; the app's extra is its own cost.
 * Built into a temporary folder by the bench only, never into dist/.
 */
/// <reference types="vite/client" />
// (Vite's types: this page is bundled by Vite, with CSS imports, unlike the rest of scripts/.)
import * as L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import './floor.css'

interface PointFeature {
  geometry: { type: string; coordinates: [number, number] }
  properties: { layer?: string; evidence?: string }
}
interface Collection {
  features: PointFeature[]
}

// Relative URLs, as the app's under its base './': both pages sit at the server's root.
const load = (path: string) => fetch(path).then((r) => r.json() as Promise<Collection>)
const [clinics, basemap] = await Promise.all([load('data/clinics.geojson'), load('basemap.json')])

const map = L.map('map', { zoomSnap: 0.25 })
L.geoJSON(
  {
    type: 'FeatureCollection',
    features: basemap.features.filter((f) => f.properties.layer !== 'city'),
  } as unknown as GeoJSON.FeatureCollection,
  { interactive: false, style: { color: '#b8b2a7', weight: 0.8, fillColor: '#f1efe9' } },
).addTo(map)

// The app frames every site but those judged unlikely (docs/decisions.md); so does the floor.
const latLng = (f: PointFeature) => L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0])
map.fitBounds(
  L.latLngBounds(clinics.features.filter((f) => f.properties.evidence !== 'unlikely').map(latLng)),
  { padding: [24, 24] },
)

const DOT =
  '<svg viewBox="0 0 20 20" width="19" height="19"><circle cx="10" cy="10" r="7" fill="#d55e00" stroke="#fff" stroke-width="1.5"/></svg>'
for (const f of clinics.features)
  L.marker(latLng(f), {
    icon: L.divIcon({ className: 'clinic-marker', html: DOT, iconSize: [19, 19] }),
    keyboard: true,
  }).addTo(map)
