import { useMemo } from 'react'
import { Marker, Tooltip } from 'react-leaflet'
import type { ClinicView } from '../domain/filters.ts'
import { spreadOffsets } from '../domain/spread.ts'
import { markerLabel } from '../domain/labels.ts'
import { clinicIcon } from './marker-icon.ts'

interface Props {
  views: readonly ClinicView[]
  selectedId: string | undefined
  onSelect(id: string): void
}

/** One focusable marker per visible clinic; co-located markers are drawn apart. */
export function ClinicMarkers({ views, selectedId, onSelect }: Props) {
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
      precision: p.precision,
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
