/**
 * The benchmark's floor (scripts/bench/run.ts): the same clinics over the same offline basemap,
 * drawn by plain Leaflet with no React, no validation and no controls but the two the bench
 * drives, fetched from the same files. Its time to first marker is what any Leaflet page pays;
 * the app's extra is its own cost.
 *
 * Its steps are the least a Leaflet page can do for the same change: a date step swaps the icon
 * of each clinic whose state changes that day (states from the app's day index, src/domain, which
 * is pure and precomputed), a filter change removes or adds the struck clinics. Past 1,000 clinics
 * it draws on a canvas, as the app does. Built into a temporary folder by the bench only.
 */
/// <reference types="vite/client" />
// (Vite's types: this page is bundled by Vite, with CSS imports, unlike the rest of scripts/.)
import * as L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import { canvas, circleMarker } from 'virtual:leaflet-canvas'
import type { ClinicFeature, Dataset } from '../../src/domain/clinic-schema.ts'
import { dayNumber, dayFromNumber } from '../../src/domain/dates.ts'
import { createDayIndex } from '../../src/domain/day-index.ts'
import type { ClinicView } from '../../src/domain/filters.ts'
import { STRIKE_DAY } from '../../src/domain/story.ts'
import { timelineRange } from '../../src/domain/timeline.ts'
import { MARKER } from '../../src/domain/dom-contract.ts'
import './floor.css'

interface Basemap {
  features: { properties: { layer?: string } }[]
}

// Relative URLs, as the app's under its base './': both pages sit at the server's root.
const load = <T>(path: string) => fetch(path).then((r) => r.json() as Promise<T>)
const [clinics, basemap] = await Promise.all([
  load<Dataset>('data/clinics.geojson'),
  load<Basemap>('basemap.json'),
])

const map = L.map('map', { zoomSnap: 0.25 })
L.geoJSON(
  {
    type: 'FeatureCollection',
    features: basemap.features.filter((f) => f.properties.layer !== 'city'),
  } as unknown as GeoJSON.FeatureCollection,
  { interactive: false, style: { color: '#b8b2a7', weight: 0.8, fillColor: '#f1efe9' } },
).addTo(map)

// The app frames every site but those judged unlikely (docs/decisions.md); so does the floor.
const latLng = (f: ClinicFeature) => L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0])
map.fitBounds(
  L.latLngBounds(clinics.features.filter((f) => f.properties.evidence !== 'unlikely').map(latLng)),
  { padding: [24, 24] },
)

const COLOURS: Record<string, string> = {
  struck: '#d55e00',
  closed_for_strike: '#cc79a7',
  picketed: '#e69f00',
  closure_announced: '#0072b2',
  closed: '#333333',
  open: '#999999',
}
const icons = new Map<string, L.DivIcon>()
const iconFor = (v: ClinicView) => {
  const key = `${v.state.status}|${v.state.today}`
  let icon = icons.get(key)
  if (!icon) {
    const size = v.state.today ? 25 : 19
    const html = `<svg viewBox="0 0 20 20" width="${size}" height="${size}"><circle cx="10" cy="10" r="7" fill="${COLOURS[v.state.status]}" stroke="#fff" stroke-width="1.5"/></svg>`
    icon = L.divIcon({ className: MARKER, html, iconSize: [size, size] })
    icons.set(key, icon)
  }
  return icon
}

const days = createDayIndex(clinics.features)
let views = days.viewsOn(STRIKE_DAY)
const onCanvas = views.length > 1000
const renderer = canvas({ padding: 0.25 })
const markers = views.map((v) =>
  onCanvas
    ? circleMarker(latLng(v.feature), {
        renderer,
        radius: v.state.today ? 6 : 5,
        fillColor: COLOURS[v.state.status],
        fillOpacity: 1,
        color: '#fff',
        weight: 1,
      })
    : L.marker(latLng(v.feature), { icon: iconFor(v), keyboard: true }),
)
for (const m of markers) m.addTo(map)

// The two controls the bench drives, with the app's selectors (scripts/bench/browser.ts).
const range = timelineRange(clinics.events)
const controls = document.createElement('div')
controls.className = 'floor-controls'
controls.innerHTML = `<span class="date-slider"><input type="range" aria-label="Date" min="${dayNumber(range.min)}" max="${dayNumber(range.max)}" value="${dayNumber(STRIKE_DAY)}"></span><label class="legend-statuses"><input type="checkbox" value="struck" checked> Struck</label>`
document.body.append(controls)
const slider = controls.querySelector('input[type=range]') as HTMLInputElement
const struckBox = controls.querySelector('input[type=checkbox]') as HTMLInputElement

const shows = (v: ClinicView) => struckBox.checked || v.state.status !== 'struck'
function restyle(i: number, v: ClinicView) {
  const m = markers[i]
  if (!m) return
  if (m instanceof L.Marker) m.setIcon(iconFor(v))
  else (m as L.CircleMarker).setStyle({ fillColor: COLOURS[v.state.status] })
}
function show(i: number, visible: boolean) {
  const m = markers[i]
  if (!m) return
  if (visible !== map.hasLayer(m)) {
    if (visible) m.addTo(map)
    else m.remove()
  }
}
slider.addEventListener('input', () => {
  const next = days.viewsOn(dayFromNumber(Number(slider.value)))
  next.forEach((v, i) => {
    if (v === views[i]) return // the day index keeps the object while a state holds
    restyle(i, v)
    show(i, shows(v))
  })
  views = next
})
struckBox.addEventListener('change', () => {
  views.forEach((v, i) => {
    if (v.state.status === 'struck') show(i, shows(v))
  })
})
