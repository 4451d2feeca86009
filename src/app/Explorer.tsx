import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Basemap } from '../data/load-basemap.ts'
import type { Dataset } from '../domain/clinic-schema.ts'
import {
  applyFilters,
  clinicsOn,
  countByStatus,
  NO_FILTERS,
  type Filters,
} from '../domain/filters.ts'
import { STRIKE_DAY } from '../domain/story.ts'
import { timelineRange } from '../domain/timeline.ts'
import type { Panel, UrlContext } from '../domain/url-state.ts'
import { ClinicList } from '../controls/ClinicList.tsx'
import { DateSlider } from '../controls/DateSlider.tsx'
import { FilterPanel } from '../controls/FilterPanel.tsx'
import { StrikeMap } from '../map/StrikeMap.tsx'
import { ClinicDetails } from './ClinicDetails.tsx'
import { PageFooter, PageHeader, SourceLine } from './PageText.tsx'
import { useTheme } from './use-theme.ts'
import { useViewState } from './use-view-state.ts'

interface Props {
  dataset: Dataset
  basemap: Basemap | undefined
}

/** Where the focus goes back to when details close: the marker or list row of that clinic. */
function focusClinic(id: string, origin: 'map' | 'list') {
  const row = document.querySelector<HTMLElement>(
    `.clinic-list [data-clinic-id="${CSS.escape(id)}"]`,
  )
  const marker = document
    .querySelector<HTMLElement>(`.clinic-marker [data-clinic-id="${CSS.escape(id)}"]`)
    ?.closest<HTMLElement>('.clinic-marker')
  ;(origin === 'map' ? (marker ?? row) : (row ?? marker))?.focus()
}

/** The interactive graphic: map, date slider, filters, list and details, all driven by the URL. */
export function Explorer({ dataset, basemap }: Props) {
  const range = useMemo(() => timelineRange(dataset.events), [dataset])
  const ctx: UrlContext = useMemo(
    () => ({
      ...range,
      defaultDate: STRIKE_DAY,
      clinicIds: new Set(dataset.features.map((f) => f.id)),
    }),
    [range, dataset],
  )
  const [view, update] = useViewState(ctx)
  useTheme(view.theme)
  const origin = useRef<'map' | 'list'>('list')
  const pageTitle = useRef(document.title)
  // Filters start open beside the map, folded on phones so the map and list come first.
  const [filtersOpenAtStart] = useState(() => !window.matchMedia?.('(max-width: 600px)').matches)

  const filters: Filters = useMemo(
    () => ({ statuses: view.statuses, kinds: view.kinds, evidence: view.evidence, query: view.q }),
    [view.statuses, view.kinds, view.evidence, view.q],
  )
  const all = useMemo(() => clinicsOn(dataset.features, view.date), [dataset, view.date])
  const shown = useMemo(() => applyFilters(all, filters), [all, filters])
  const counts = countByStatus(all, filters)
  // The first view frames the strike's region (Cambridge to Faribault to River Falls): the
  // far-off sites judged outside it are reached by zooming out or through the list.
  const extent = useMemo(
    () =>
      dataset.features
        .filter((f) => f.properties.evidence !== 'unlikely')
        .map((f) => f.geometry.coordinates),
    [dataset],
  )
  const selected = dataset.features.find((f) => f.id === view.clinic)

  const select = useCallback(
    (id: string, from: 'map' | 'list') => {
      origin.current = from
      update({ clinic: id }, 'push')
    },
    [update],
  )
  const selectFromMap = useCallback((id: string) => select(id, 'map'), [select])
  const selectFromList = useCallback((id: string) => select(id, 'list'), [select])
  const closeDetails = useCallback(() => {
    const id = view.clinic
    update({ clinic: undefined }, 'push')
    if (id) window.requestAnimationFrame(() => focusClinic(id, origin.current))
  }, [update, view.clinic])
  const setFilters = (f: Filters) =>
    update({ statuses: f.statuses, kinds: f.kinds, evidence: f.evidence, q: f.query })
  const setPanel = (panel: Panel) => update({ panel })

  useEffect(
    function keepTitleInStep() {
      document.title = selected
        ? `${selected.properties.name} · ${pageTitle.current}`
        : pageTitle.current
    },
    [selected],
  )

  return (
    <div className="page">
      <PageHeader dataset={dataset} />
      <div className="explorer" data-panel={view.panel}>
        <div className="panel-toggle" role="group" aria-label="Show">
          {(['map', 'list'] as const).map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={view.panel === p}
              onClick={() => setPanel(p)}
            >
              {p === 'map' ? 'Map' : 'List'}
            </button>
          ))}
        </div>
        <div className="explorer__map">
          <DateSlider
            day={view.date}
            min={range.min}
            max={range.max}
            events={dataset.events}
            onChange={(date) => update({ date })}
          />
          <a className="skip-link" href="#clinic-list">
            Skip the map: go to the clinic list
          </a>
          <div className="map-stage">
            <div className="map-frame">
              <StrikeMap
                views={shown}
                extent={extent}
                selectedId={view.clinic}
                onSelect={selectFromMap}
                basemap={basemap}
                tiles
              />
            </div>
            {selected && <ClinicDetails clinic={selected} day={view.date} onClose={closeDetails} />}
          </div>
          <SourceLine dataset={dataset} />
        </div>
        <aside className="explorer__side" aria-label="Filters and clinic list">
          <details className="filters-sheet" open={filtersOpenAtStart}>
            <summary>
              Filters
              <span className="filters-sheet__count">
                {' '}
                · {shown.length} of {all.length} shown
              </span>
            </summary>
            <FilterPanel
              filters={filters}
              counts={counts}
              shown={shown.length}
              total={all.length}
              onChange={setFilters}
              onReset={() => setFilters(NO_FILTERS)}
            />
          </details>
          <section
            className="explorer__list"
            id="clinic-list"
            tabIndex={-1}
            aria-labelledby="list-title"
          >
            <h2 id="list-title">Clinics on this date</h2>
            <ClinicList
              views={shown}
              selectedId={view.clinic}
              onSelect={selectFromList}
              day={view.date}
            />
          </section>
        </aside>
      </div>
      <PageFooter dataset={dataset} />
    </div>
  )
}
