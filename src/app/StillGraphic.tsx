import { useEffect } from 'react'
import type { Basemap } from '../data/load-basemap.ts'
import type { Dataset } from '../domain/clinic-schema.ts'
import { formatDate } from '../domain/dates.ts'
import { tallyStatuses, type ClinicView } from '../domain/filters.ts'
import { statusPhrase } from '../domain/labels.ts'
import { eventsFor } from '../domain/timeline.ts'
import type { ViewState } from '../domain/url-state.ts'
import { StrikeMap } from '../map/StrikeMap.tsx'
import { CONTENT } from './content.ts'
import { SourceLine } from './PageText.tsx'
import { StaticLegend } from './StaticLegend.tsx'

interface Props {
  dataset: Dataset
  basemap: Basemap | undefined
  basemapPending: boolean
  view: ViewState
  shown: readonly ClinicView[]
  extent: readonly (readonly [number, number])[]
}

/**
 * Screenshot mode (`?screenshot=1`): what a published image needs, inside the frame and nothing
 * else: title, the date shown and its event, the map, legend, credits and map attribution.
 */
export function StillGraphic({ dataset, basemap, basemapPending, view, shown, extent }: Props) {
  const { events, exact } = eventsFor(dataset.events, view.date)
  const event = exact ? events[0] : undefined
  const selected = shown.find((v) => v.feature.id === view.clinic)
  const counts = tallyStatuses(shown)
  useEffect(function markScreenshot() {
    document.documentElement.dataset.screenshot = 'true'
    return function unmark() {
      delete document.documentElement.dataset.screenshot
    }
  }, [])
  return (
    <div className="still">
      {view.showTitle ? (
        <h1 className="still__title">{CONTENT.headline}</h1>
      ) : (
        <h1 className="visually-hidden">{CONTENT.headline}</h1>
      )}
      <p className="still__date">
        <strong>{formatDate(view.date, 'long')}</strong>
        {event && <span> · {event.title}</span>}
      </p>
      {selected && (
        <p className="still__selected">
          {selected.feature.properties.name}:{' '}
          {statusPhrase(selected.feature.properties, selected.state)}
        </p>
      )}
      <div className="still__map">
        <StrikeMap
          views={shown}
          extent={extent}
          selectedId={view.clinic}
          onSelect={() => {}}
          basemap={basemap}
          basemapPending={basemapPending}
          tiles={view.tiles}
          still
        />
      </div>
      <StaticLegend counts={counts} />
      <SourceLine dataset={dataset} still />
    </div>
  )
}
