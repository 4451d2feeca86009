import { useEffect } from 'react'
import type { Basemap } from '../data/load-basemap.ts'
import type { Dataset } from '../domain/clinic-schema.ts'
import { formatDate } from '../domain/dates.ts'
import { filterNote } from '../domain/filter-note.ts'
import { KIND_FILTERS, type ClinicView } from '../domain/filters.ts'
import { legendOf } from '../domain/legend.ts'
import { statusPhrase } from '../domain/labels.ts'
import { eventsFor, STATUSES } from '../domain/timeline.ts'
import { EVIDENCE } from '../domain/vocabulary.ts'
import type { ViewState } from '../domain/url-state.ts'
import { StrikeMap } from '../map/StrikeMap.tsx'
import { CONTENT } from './content.ts'
import { CoverageLine } from './CoverageLine.tsx'
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
 * else: the still's caption (StillCaption, below), the map, legend, credits and map attribution,
 * the same parts Save image puts in its file.
 */
export function StillGraphic({ dataset, basemap, basemapPending, view, shown, extent }: Props) {
  const legend = legendOf(shown, view.date)
  useEffect(function markScreenshot() {
    document.documentElement.dataset.screenshot = 'true'
    return function unmark() {
      delete document.documentElement.dataset.screenshot
    }
  }, [])
  return (
    <div className="still">
      <StillCaption dataset={dataset} view={view} shown={shown} />
      <div className="still__map" data-still="map">
        <StrikeMap
          views={shown}
          total={dataset.features.length}
          extent={extent}
          selectedId={view.clinic}
          onSelect={() => {}}
          basemap={basemap}
          basemapPending={basemapPending}
          tiles={view.tiles}
          still
        />
      </div>
      <StaticLegend legend={legend} />
      <SourceLine dataset={dataset} still />
    </div>
  )
}

/**
 * What a still says above its map, for screenshot mode (StillGraphic, above) and Save image
 * (Explorer.tsx) alike: the title (unless `&title=0`), the date and its event, what a filter or
 * search leaves out, the coverage line, and the selected clinic. A still contains exactly the
 * `data-still` elements: these, the map, the static legend and the credits (modes.css hides
 * every other part of the graphic while Save image captures it).
 */
export function StillCaption({
  dataset,
  view,
  shown,
  page,
}: {
  dataset: Dataset
  view: ViewState
  shown: readonly ClinicView[]
  /** Inside the interactive page, which has its own `<h1>`: the title is a paragraph. */
  page?: boolean
}) {
  const { events, exact } = eventsFor(dataset.events, view.date)
  const event = exact ? events[0] : undefined
  const selected = shown.find((v) => v.feature.id === view.clinic)
  // A filtered or searched still must say so in its own frame: the image travels without the URL.
  const filtered = filterNote(
    view,
    { statuses: STATUSES.length, kinds: KIND_FILTERS.length, evidence: EVIDENCE.length },
    shown.length,
    dataset.features.length,
  )
  const Title = page ? 'p' : 'h1'
  return (
    <>
      {view.showTitle ? (
        <Title className="still__title" data-still="title">
          {CONTENT.headline}
        </Title>
      ) : (
        !page && <h1 className="visually-hidden">{CONTENT.headline}</h1>
      )}
      <p className="still__date" data-still="date">
        <strong>{formatDate(view.date, 'long')}</strong>
        {event && <span> · {event.title}</span>}
      </p>
      {filtered && (
        <p className="filter-note" data-still="filter-note">
          {filtered}
        </p>
      )}
      <CoverageLine dataset={dataset} />
      {selected && (
        <p className="still__selected" data-still="selected">
          {selected.feature.properties.name}:{' '}
          {statusPhrase(selected.feature.properties, selected.state)}
        </p>
      )}
    </>
  )
}
