import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import * as L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import { MapContainer, useMap } from 'react-leaflet'
import type { Basemap } from '../data/load-basemap.ts'
import { CLINIC_ID } from '../domain/dom-contract.ts'
import type { ClinicView } from '../domain/filters.ts'
import { prefersReducedMotion } from '../domain/motion.ts'
import { BasemapLayer } from './BasemapLayer.tsx'
import { ClinicMarkers } from './ClinicMarkers.tsx'
import { FitClearOfOverlays } from './FitClearOfOverlays.tsx'
import { MapReady } from './MapReady.tsx'
import { ScrollGuard } from './ScrollGuard.tsx'
import { BASEMAP_ATTRIBUTION, externalLink, stylesheetApplied } from './tiles.ts'
import './map.css'

// The map looks finished without tiles: their layer (and Leaflet's tile code) loads on demand,
// and if that code cannot be fetched the map simply stays without them.
const Tiles = lazy(() =>
  import('./Tiles.tsx').then(
    (m) => ({ default: m.Tiles }),
    () => ({ default: () => null }),
  ),
)

// Only a search needs it (its code is on demand too).
const SearchedPlace = lazy(() =>
  import('./SearchedPlace.tsx').then(
    (m) => ({ default: m.SearchedPlace }),
    () => ({ default: () => null }),
  ),
)

// Only printing needs it, so it arrives after the first view (and a failed fetch costs only the
// print refit).
const PrintFit = lazy(() =>
  import('./PrintFit.tsx').then(
    (m) => ({ default: m.PrintFit }),
    () => ({ default: () => null }),
  ),
)

export interface StrikeMapProps {
  /** Clinics to draw (already filtered). */
  views: readonly ClinicView[]
  /**
   * How many clinics the dataset holds, filtered or not: it picks DOM markers or the canvas
   * (ClinicMarkers.tsx), so the renderer does not flip while a reader filters.
   */
  total: number
  /** All clinics' positions, `[lon, lat]`: the initial view fits them. */
  extent: readonly (readonly [number, number])[]
  selectedId: string | undefined
  onSelect(id: string): void
  basemap: Basemap | undefined
  /** The basemap is still loading: the map draws now but reports itself ready once it is in. */
  basemapPending?: boolean
  /** Draw raster tiles over the basemap (off in screenshot mode). */
  tiles: boolean
  /** Embeds: leave the wheel and one-finger drags to the page until the reader interacts. */
  guardScroll?: boolean
  /** Screenshots: no animation, no zoom buttons. */
  still?: boolean
  /**
   * Screen box of what lies over the map while a clinic is selected (the details card or the
   * phone's bottom sheet), measured when it opened: the selected marker is kept clear of it.
   */
  cover?: DOMRect
  /** `[lon, lat]` positions to fit, e.g. a searched place and its nearest clinics; a new array refits. */
  fitTo?: readonly (readonly [number, number])[]
  /** The place a search asked about, marked and named (SearchedPlace.tsx). */
  searched?: { at: readonly [number, number]; name: string }
}

/** Enter or Space on a focused marker selects it, like a button; Leaflet only handles clicks. */
function KeyboardSelect({ onSelect }: { onSelect(id: string): void }) {
  const map = useMap()
  useEffect(
    function listenForKeys() {
      const container = map.getContainer()
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Enter' && e.key !== ' ') return
        const id = (e.target as HTMLElement)
          .querySelector?.(`[${CLINIC_ID}]`)
          ?.getAttribute(CLINIC_ID)
        if (!id) return
        e.preventDefault()
        onSelect(id)
      }
      container.addEventListener('keydown', onKey)
      return function stopListening() {
        container.removeEventListener('keydown', onKey)
      }
    },
    [map, onSelect],
  )
  return null
}

/**
 * Brings the selected clinic into view, clear of the details over the map and inside the part
 * of the map on screen; a sudden jump when motion is reduced.
 */
function FollowSelection({
  views,
  selectedId,
  cover,
}: {
  views: readonly ClinicView[]
  selectedId: string | undefined
  cover: DOMRect | undefined
}) {
  const map = useMap()
  useEffect(
    function panToSelected() {
      const v = views.find((x) => x.feature.id === selectedId)
      if (!v) return
      let stale = false
      // Loaded with the first selection (as the details are), not in the first view's bundle.
      void import('./keep-clear.ts').then(({ clearArea, panToClear }) => {
        if (stale) return
        const box = map.getContainer().getBoundingClientRect()
        // Hidden (the phone's list is showing): nothing to pan, and a pan worked out against a
        // zero-sized box threw the map thousands of pixels away. The details' box changes once
        // the map shows again, and this runs then. Leaflet's own idea of its size is brought up
        // to date first: the map may have just come back from hidden.
        if (box.width === 0 || box.height === 0) return
        map.invalidateSize({ animate: false })
        const [lon, lat] = v.feature.geometry.coordinates
        const point = map.latLngToContainerPoint(L.latLng(lat, lon))
        const by = panToClear(point, clearArea(box, window.innerHeight, cover))
        if (by) map.panBy(L.point(by[0], by[1]), { animate: !prefersReducedMotion(window) })
      })
      return function forget() {
        stale = true
      }
    },
    [map, views, selectedId, cover],
  )
  return null
}

/**
 * Fits the map to a search's result. Waits a moment so typing "55104" digit by digit moves the
 * map once, not five times; a jump instead of a flight when motion is reduced.
 */
function FitTo({ points }: { points: readonly (readonly [number, number])[] | undefined }) {
  const map = useMap()
  useEffect(
    function fitResult() {
      if (!points || points.length === 0) return
      const timer = window.setTimeout(() => {
        const bounds = L.latLngBounds(points.map(([lon, lat]) => [lat, lon] as [number, number]))
        map.fitBounds(bounds, {
          padding: [32, 32],
          maxZoom: 12,
          animate: !prefersReducedMotion(window),
        })
      }, 250)
      return function cancelFit() {
        window.clearTimeout(timer)
      }
    },
    [map, points],
  )
  return null
}

/** The first view's fit of every clinic: the map's own, and again for a map that was hidden. */
const FIRST_FIT: L.FitBoundsOptions = { padding: [24, 24] }

/** Keeps Leaflet's size in step with its container (phone map/list toggle, window resizes). */
function TrackSize({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap()
  useEffect(
    function observeSize() {
      // A map created while hidden (the phone's list showing, as a part re-rendered) fitted its
      // clinics into a 0x0 box: the deepest zoom, every marker thousands of pixels away. Its
      // first real size fits it again; a map that was shown first keeps the reader's view.
      let unfitted = map.getSize().x === 0 || map.getSize().y === 0
      const observer = new ResizeObserver(() => {
        map.invalidateSize({ animate: false })
        const size = map.getSize()
        if (!unfitted || size.x === 0 || size.y === 0) return
        unfitted = false
        map.fitBounds(bounds, { ...FIRST_FIT, animate: false })
      })
      observer.observe(map.getContainer())
      return function stopObserving() {
        observer.disconnect()
      }
    },
    [map, bounds],
  )
  return null
}

/** The Leaflet map: offline basemap, optional tiles, one focusable marker per clinic. */
export function StrikeMap({
  views,
  total,
  extent,
  selectedId,
  onSelect,
  basemap,
  basemapPending = false,
  tiles,
  guardScroll = false,
  still = false,
  cover,
  fitTo,
  searched,
}: StrikeMapProps) {
  const animate = !still && !prefersReducedMotion(window)
  // Read once: the stylesheet is render-blocking, so it has applied or failed by now.
  const [styled] = useState(stylesheetApplied)
  // Read once by MapContainer: built once per extent, not on every date step (10,000 points).
  const bounds = useMemo(
    () => L.latLngBounds(extent.map(([lon, lat]) => [lat, lon] as [number, number])),
    [extent],
  )
  return (
    <MapContainer
      className="strike-map"
      bounds={bounds}
      boundsOptions={FIRST_FIT}
      zoomSnap={0.25}
      minZoom={6}
      maxZoom={16}
      zoomControl={!still}
      fadeAnimation={animate}
      zoomAnimation={animate}
      markerZoomAnimation={animate}
    >
      {basemap && <BasemapLayer basemap={basemap} />}
      {tiles && styled && (
        <Suspense fallback={null}>
          <Tiles />
        </Suspense>
      )}
      <TileAttribution />
      {/* After the credit (its text measured), before FollowSelection (a shared clinic wins). */}
      {guardScroll && <FitClearOfOverlays bounds={bounds} />}
      <ClinicMarkers
        views={views}
        total={total}
        selectedId={selectedId}
        onSelect={onSelect}
        groups={!still}
      />
      <KeyboardSelect onSelect={onSelect} />
      <FollowSelection views={views} selectedId={selectedId} cover={cover} />
      {!still && (
        <Suspense fallback={null}>
          <PrintFit bounds={bounds} />
        </Suspense>
      )}
      <FitTo points={fitTo} />
      {searched && (
        <Suspense fallback={null}>
          <SearchedPlace at={searched.at} name={searched.name} />
        </Suspense>
      )}
      <TrackSize bounds={bounds} />
      <MapReady basemapLoaded={basemap !== undefined} basemapPending={basemapPending} />
      {guardScroll && <ScrollGuard />}
    </MapContainer>
  )
}

/**
 * The offline basemap's credit, always present whether or not tiles load, and a name for the
 * map region (MapContainer passes no ARIA props to its element).
 */
function TileAttribution() {
  const map = useMap()
  // Before the map's first paint: a credit set after it grew the control from Leaflet's bare
  // prefix to its whole text in view, a layout shift (prerender.spec's takeover check).
  useLayoutEffect(
    function credit() {
      const container = map.getContainer()
      container.setAttribute('role', 'region')
      container.setAttribute(
        'aria-label',
        'Map of the clinics. Each marker, or group of nearby ones, is a button; the list holds the same clinics.',
      )
      map.attributionControl?.setPrefix(externalLink('https://leafletjs.com', 'Leaflet'))
      map.attributionControl?.addAttribution(BASEMAP_ATTRIBUTION)
      return function uncredit() {
        map.attributionControl?.removeAttribution(BASEMAP_ATTRIBUTION)
      }
    },
    [map],
  )
  return null
}
