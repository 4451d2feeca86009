import { useEffect } from 'react'
import * as L from 'leaflet'
import { useMap } from 'react-leaflet'
import type { Basemap, BasemapFeature } from '../data/load-basemap.ts'
import { GROUP, MARKER } from '../domain/dom-contract.ts'
import type { Box, LabelToPlace, placeLabels } from '../domain/label-placement.ts'
import { quietPane } from './quiet-pane.ts'

// The placement code is not needed to draw the first view (labels first show above their
// points, map.css): it loads with it and places them once here (issue 14, first-view bytes).
let placer: typeof placeLabels | undefined
const loadPlacement = () =>
  import('../domain/label-placement.ts').then((m) => {
    placer = m.placeLabels
  })

/** Distance from a place's point to its label, as in map.css (the 13px in its transform). */
const LABEL_GAP = 13

// A label's box is its text's, which never changes: measured once, not on every placement. The
// drawn size, fractions kept (offsetWidth rounds, and a rounded-down label would brush the
// marker it was placed beside).
const sizes = new WeakMap<HTMLElement, { width: number; height: number }>()
function sizeOf(span: HTMLElement): { width: number; height: number } {
  let size = sizes.get(span)
  if (!size || size.width === 0) {
    const r = span.getBoundingClientRect()
    size = { width: r.width, height: r.height }
    sizes.set(span, size)
  }
  return size
}

/**
 * Moves each place label to a free spot around its point (see label-placement.ts): not over
 * another label, not under a clinic marker, not off the map. Measures the labels and the markers
 * drawn now, so it reruns when the zoom, the size or the markers change.
 */
function declutter(map: L.Map, labels: readonly L.Marker[]): void {
  if (!placer) return
  const container = map.getContainer()
  const origin = container.getBoundingClientRect()
  const relative = (r: DOMRect): Box => ({
    left: r.left - origin.left,
    top: r.top - origin.top,
    right: r.right - origin.left,
    bottom: r.bottom - origin.top,
  })
  // The marker's whole box, its approximate-location ring included: a name over the ring still
  // hides part of the symbol a reader is looking for. A group's count badge too (TargetGroups).
  const obstacles = [
    ...container.querySelectorAll(`.leaflet-marker-pane :is(.${MARKER}, .${GROUP}__count)`),
  ].map((m) => relative(m.getBoundingClientRect()))
  const points = new Map<string, { x: number; y: number }>()
  const spans = new Map<string, HTMLElement>()
  const toPlace: LabelToPlace[] = []
  labels.forEach((marker, i) => {
    const span = marker.getElement()?.firstElementChild
    if (!(span instanceof HTMLElement) || span.offsetParent === null) return // hidden by zoom
    const id = String(i)
    const point = map.latLngToContainerPoint(marker.getLatLng())
    spans.set(id, span)
    points.set(id, point)
    toPlace.push({
      id,
      rank: Number(span.dataset.rank ?? 2),
      x: point.x,
      y: point.y,
      ...sizeOf(span),
    })
  })
  const size = map.getSize()
  const placed = placer(toPlace, {
    bounds: { left: 0, top: 0, right: size.x, bottom: size.y },
    obstacles,
    gap: LABEL_GAP,
  })
  for (const [id, { spot, box }] of placed) {
    const span = spans.get(id)
    const point = points.get(id)
    if (!span || !point) continue
    if (span.dataset.place !== spot) span.dataset.place = spot
    // The span's own corner sits on the point (the divIcon has no size or anchor): move it to
    // the box the placement chose, which may be a step out from the point for a major city.
    const transform = box ? `translate(${box.left - point.x}px, ${box.top - point.y}px)` : ''
    if (span.style.transform !== transform) span.style.transform = transform
  }
}

/**
 * Draws the offline basemap under everything else, in its own pane below the tile pane, so the
 * map looks finished with no network and tiles (when they load) cover it. Colours come from CSS
 * classes, so light and dark themes restyle it without redrawing.
 */
export function BasemapLayer({ basemap }: { basemap: Basemap }) {
  const map = useMap()
  useEffect(
    function drawBasemap() {
      quietPane(map, 'basemap', '150')
      quietPane(map, 'labels', '420')
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
          text.dataset.rank = String(f.properties.rank ?? 2)
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
      const place = () => declutter(map, labels)
      // Placing reads the layout (marker boxes): at most once a frame, in the frame callback
      // before it is painted, so a date step's marker changes are placed together, and the first
      // placement waits for the markers' first paint rather than delaying it (issue 14).
      let frame = 0
      const schedule = () => {
        if (frame === 0)
          frame = requestAnimationFrame(() => {
            frame = 0
            place()
          })
      }
      void loadPlacement().then(schedule)
      // Markers are redrawn by date and filter: place again once their DOM has changed.
      const markerPane = map.getPane('markerPane')
      const observer = new MutationObserver(schedule)
      if (markerPane) {
        observer.observe(markerPane, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['class', 'style'],
        })
      }
      map.on('zoomend', markZoom)
      // moveend too: a pan or a refit (the embed's) changes which spots fit inside the map.
      map.on('zoomend resize moveend', place)
      return function removeBasemap() {
        cancelAnimationFrame(frame)
        observer.disconnect()
        map.off('zoomend', markZoom)
        map.off('zoomend resize moveend', place)
        group.remove()
      }
    },
    [map, basemap],
  )
  return null
}
