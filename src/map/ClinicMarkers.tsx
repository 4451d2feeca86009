import { lazy, memo, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import type * as L from 'leaflet'
import { Marker, useMap } from 'react-leaflet'
import { lazyPart } from '../data/lazy-part.ts'
import type { ClinicFeature } from '../domain/clinic-schema.ts'
import type { ClinicView } from '../domain/filters.ts'
import { OPEN_RING, OPEN_RING_ZOOM, spreadOffsets } from '../domain/spread.ts'
import { markerLabel } from '../domain/labels.ts'
import { isApproximatePosition } from '../domain/position-note.ts'
import { clinicIcon } from './marker-icon.ts'
import { useMapZoom } from './use-map-zoom.ts'
import { bindNameTooltip } from './marker-tooltips.ts'
import type { TargetGroups as Groups } from './TargetGroups.tsx'

/**
 * Past this many clinics the markers are drawn on one canvas: thousands of focusable DOM markers
 * make the map unusable (seconds per date step), and nobody tabs through them; the list, capped
 * with a search note, stays the keyboard path.
 */
export const CANVAS_THRESHOLD = 1000

// Only datasets past the threshold need the canvas code: loaded on demand, out of the first view.
// A failed load reaches the page-wide boundary, whose Try again loads it afresh (lazy-part.ts).
const CanvasMarkers = lazyPart(() => import('./CanvasMarkers.tsx').then((m) => m.CanvasMarkers))

// Group buttons where markers overlap (docs/targets.md): not needed to draw the first view, so
// they load right after it. If their code cannot be fetched, the markers stay buttons each.
const TargetGroups = lazy<typeof Groups>(() =>
  import('./TargetGroups.tsx').then(
    (m) => ({ default: m.TargetGroups }),
    () => ({ default: () => null }),
  ),
)

interface Props {
  views: readonly ClinicView[]
  selectedId: string | undefined
  onSelect(id: string): void
  /** Group buttons for overlapping markers; off in stills, which have no targets. */
  groups?: boolean
}

const NONE: ReadonlySet<string> = new Set()

/**
 * The clinics on the map: focusable markers, or a canvas when the dataset (`total`, not the
 * filtered count, so filtering never swaps the renderer) is past {@link CANVAS_THRESHOLD}.
 */
export function ClinicMarkers({ total, ...props }: Props & { total: number }) {
  if (total <= CANVAS_THRESHOLD) return <DomMarkers {...props} />
  return (
    <Suspense fallback={null}>
      <CanvasMarkers {...props} />
    </Suspense>
  )
}

/**
 * One marker per visible clinic; co-located markers are drawn apart. Markers that overlap at the
 * zoom are drawn but are not buttons: one group button stands for them (TargetGroups.tsx).
 */
function DomMarkers({ views, selectedId, onSelect, groups }: Props) {
  const [grouped, setGrouped] = useState(NONE)
  const map = useMap()
  // Zoomed in this far, clinics at one place open their ring so each is its own target.
  const open = useMapZoom(map, (zoom) => zoom >= OPEN_RING_ZOOM)
  const offsets = useMemo(
    () =>
      spreadOffsets(
        views.map((v) => ({
          id: v.feature.id,
          lon: v.feature.geometry.coordinates[0],
          lat: v.feature.geometry.coordinates[1],
        })),
        ...(open ? [OPEN_RING.minRadius, OPEN_RING.apart] : []),
      ),
    [views, open],
  )
  const drawn = views.map((v) => {
    const [dx, dy] = offsets.get(v.feature.id) ?? [0, 0]
    const target = !grouped.has(v.feature.id)
    return (
      <ClinicMarker
        // A new key when it joins or leaves a group: Leaflet reads `interactive` once.
        key={target ? v.feature.id : `${v.feature.id} grouped`}
        view={v}
        selected={v.feature.id === selectedId}
        target={target}
        dx={dx}
        dy={dy}
        onSelect={onSelect}
      />
    )
  })
  return (
    <>
      {drawn}
      {groups && (
        <Suspense fallback={null}>
          <TargetGroups
            views={views}
            offsets={offsets}
            selectedId={selectedId}
            onGrouped={setGrouped}
          />
        </Suspense>
      )}
    </>
  )
}

// One [lat, lng] per clinic for the page's life: react-leaflet calls setLatLng whenever
// `position` is a new array, which was every marker on every date step.
const positions = new WeakMap<ClinicFeature, [number, number]>()
function positionOf(feature: ClinicFeature): [number, number] {
  let position = positions.get(feature)
  if (!position) {
    const [lon, lat] = feature.geometry.coordinates
    position = [lat, lon]
    positions.set(feature, position)
  }
  return position
}

interface MarkerProps {
  view: ClinicView
  selected: boolean
  /** A button of its own, or only drawn (a group button stands for it). */
  target: boolean
  /** Pixel offset from spreadOffsets, as numbers so an unchanged marker keeps equal props. */
  dx: number
  dy: number
  onSelect(id: string): void
}

/**
 * One marker, re-rendered only when its own view (the day index keeps the object while the
 * clinic's state holds), selection or offset changes.
 */
const ClinicMarker = memo(function ClinicMarker({
  view,
  selected,
  target,
  dx,
  dy,
  onSelect,
}: MarkerProps) {
  const p = view.feature.properties
  const { state } = view
  const icon = useMemo(
    () =>
      clinicIcon(p.id, {
        status: state.status,
        evidence: p.evidence,
        approximate: isApproximatePosition(p),
        today: state.today,
        selected,
        offset: [dx, dy],
        label: markerLabel(p, state),
      }),
    [p, state, selected, dx, dy],
  )
  const handlers = useMemo(() => ({ click: () => onSelect(p.id) }), [onSelect, p.id])
  const marker = useRef<L.Marker>(null)
  useEffect(
    function nameOnHover() {
      if (marker.current && target) return bindNameTooltip(marker.current, p.name)
    },
    [p.name, target],
  )
  return (
    <Marker
      ref={marker}
      position={positionOf(view.feature)}
      icon={icon}
      keyboard={target}
      interactive={target}
      zIndexOffset={selected ? 1000 : state.today ? 500 : 0}
      eventHandlers={handlers}
    />
  )
})
