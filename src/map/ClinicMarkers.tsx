import { lazy, Suspense, useMemo } from 'react'
import { Marker, Tooltip } from 'react-leaflet'
import type { ClinicView } from '../domain/filters.ts'
import { spreadOffsets } from '../domain/spread.ts'
import { markerLabel } from '../domain/labels.ts'
import { isApproximatePosition } from '../domain/position-note.ts'
import { clinicIcon } from './marker-icon.ts'

/**
 * Past this many clinics the markers are drawn on one canvas: thousands of focusable DOM markers
 * make the map unusable (seconds per date step), and nobody tabs through them; the list, capped
 * with a search note, stays the keyboard path.
 */
export const CANVAS_THRESHOLD = 1000

// Only datasets past the threshold need the canvas code: loaded on demand, out of the first view.
const CanvasMarkers = lazy(() =>
  import('./CanvasMarkers.tsx').then((m) => ({ default: m.CanvasMarkers })),
)

interface Props {
  views: readonly ClinicView[]
  selectedId: string | undefined
  onSelect(id: string): void
}

/** The clinics on the map: focusable markers, or a canvas past {@link CANVAS_THRESHOLD}. */
export function ClinicMarkers(props: Props) {
  if (props.views.length <= CANVAS_THRESHOLD) return <DomMarkers {...props} />
  return (
    <Suspense fallback={null}>
      <CanvasMarkers {...props} />
    </Suspense>
  )
}

/** One focusable marker per visible clinic; co-located markers are drawn apart. */
function DomMarkers({ views, selectedId, onSelect }: Props) {
  const offsets = useMemo(
    () =>
      spreadOffsets(
        views.map((v) => ({
          id: v.feature.id,
          lon: v.feature.geometry.coordinates[0],
          lat: v.feature.geometry.coordinates[1],
        })),
      ),
    [views],
  )
  return views.map((v) => {
    const p = v.feature.properties
    const [lon, lat] = v.feature.geometry.coordinates
    const label = markerLabel(p, v.state)
    const selected = p.id === selectedId
    const icon = clinicIcon(p.id, {
      status: v.state.status,
      evidence: p.evidence,
      approximate: isApproximatePosition(p),
      today: v.state.today,
      selected,
      offset: offsets.get(p.id) ?? [0, 0],
      label,
    })
    return (
      <Marker
        key={p.id}
        position={[lat, lon]}
        icon={icon}
        keyboard
        zIndexOffset={selected ? 1000 : v.state.today ? 500 : 0}
        eventHandlers={{ click: () => onSelect(p.id) }}
      >
        <Tooltip direction="top">{p.name}</Tooltip>
      </Marker>
    )
  })
}
