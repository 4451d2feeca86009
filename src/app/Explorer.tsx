import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Basemap } from '../data/load-basemap.ts'
import type { Dataset } from '../domain/clinic-schema.ts'
import {
  applyFilters,
  clinicsOn,
  countByStatus,
  NO_FILTERS,
  tallyStatuses,
  type Filters,
} from '../domain/filters.ts'
import { STRIKE_DAY } from '../domain/story.ts'
import { timelineRange } from '../domain/timeline.ts'
import { serializeViewState, type Panel, type UrlContext } from '../domain/url-state.ts'
import { ClinicList } from '../controls/ClinicList.tsx'
import { ClinicSearch } from '../controls/ClinicSearch.tsx'
import { DateSlider } from '../controls/DateSlider.tsx'
import { FilterPanel } from '../controls/FilterPanel.tsx'
import { StrikeMap } from '../map/StrikeMap.tsx'
import { CONTENT } from './content.ts'
import { EmbedButton } from './EmbedButton.tsx'
import { PageFooter, PageHeader, SourceLine } from './PageText.tsx'
import { SaveImageButton } from './SaveImageButton.tsx'
import { StaticLegend } from './StaticLegend.tsx'
import { useEmbedHeight } from './use-embed-height.ts'
import { useTheme } from './use-theme.ts'
import { useSearch } from './use-search.ts'
import { useViewState } from './use-view-state.ts'

// Details show only after a selection: loaded on demand, they stay out of the first view's
// bundle (issue 5's 125 KB budget); a shared ?clinic= link fetches them at once.
const ClinicDetails = lazy(() =>
  import('./ClinicDetails.tsx').then((m) => ({ default: m.ClinicDetails })),
)
// Below the fold, and not needed to draw the map: its own small chunk.
const ClosuresChanged = lazy(() =>
  import('./ClosuresChanged.tsx').then((m) => ({ default: m.ClosuresChanged })),
)
// Screenshot mode is for the newsroom's image tool, never a reader's first view.
const StillGraphic = lazy(() =>
  import('./StillGraphic.tsx').then((m) => ({ default: m.StillGraphic })),
)

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

function pageUrl(search: string): string {
  return `${window.location.origin}${window.location.pathname}${search}`
}

/**
 * The interactive graphic: map, date slider, filters, list and details, all driven by the URL;
 * in `?embed=1` without the page around it, in `?screenshot=1` as a still.
 */
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
  useEmbedHeight(view.embed && !view.screenshot)
  const origin = useRef<'map' | 'list'>('list')
  const pageTitle = useRef(document.title)
  const graphic = useRef<HTMLDivElement>(null)
  // While Save image captures, the graphic shows as a still: no controls, no tiles (modes.css).
  const [capturing, setCapturing] = useState(false)
  // Filters start open beside the map, folded on phones so the map and list come first.
  const [filtersOpenAtStart] = useState(() => !window.matchMedia?.('(max-width: 600px)').matches)

  const filters: Filters = useMemo(
    () => ({ statuses: view.statuses, kinds: view.kinds, evidence: view.evidence, query: view.q }),
    [view.statuses, view.kinds, view.evidence, view.q],
  )
  const all = useMemo(() => clinicsOn(dataset.features, view.date), [dataset, view.date])
  // Until the search engine loads (first focus, keystroke or ?q=), the words typed filter as
  // before; then the engine reads the query, and picks and orders the clinics (use-search.ts).
  const search = useSearch(dataset, view.q)
  const { outcomeFor } = search
  const others = useMemo(
    () => (search.engine ? { ...filters, query: '' } : filters),
    [filters, search.engine],
  )
  const filtered = useMemo(() => applyFilters(all, others), [all, others])
  const outcome = useMemo(() => outcomeFor(filtered), [outcomeFor, filtered])
  const shown = outcome?.shown ?? filtered
  const counts = countByStatus(outcomeFor(all)?.shown ?? all, others)
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
  const searchBox = (
    <ClinicSearch
      value={view.q}
      engine={search.engine}
      outcome={outcome}
      onFirstUse={search.load}
      onChange={(q) => {
        search.setDevice(undefined)
        update({ q })
      }}
      onPlace={(q) => {
        search.setDevice(undefined)
        update({ q, clinic: undefined }, 'push')
      }}
      onSelectClinic={(id, name) => {
        origin.current = 'list'
        update({ q: name, clinic: id }, 'push')
      }}
      onNearMe={(position) => {
        search.setDevice(position)
        update({ q: '', clinic: undefined })
      }}
    />
  )

  useEffect(
    function keepTitleInStep() {
      document.title = selected
        ? `${selected.properties.name} · ${pageTitle.current}`
        : pageTitle.current
    },
    [selected],
  )

  if (view.screenshot)
    return (
      <Suspense fallback={null}>
        <StillGraphic
          dataset={dataset}
          basemap={basemap}
          view={view}
          shown={shown}
          extent={extent}
        />
      </Suspense>
    )

  const embedUrl = pageUrl(serializeViewState({ ...view, embed: true, panel: 'map' }, ctx))
  const fullPageUrl = pageUrl(serializeViewState({ ...view, embed: false, showTitle: true }, ctx))
  return (
    <div className={view.embed ? 'page page--embed' : 'page'}>
      {view.embed ? (
        <h1 className={view.showTitle ? 'embed-title' : 'visually-hidden'}>{CONTENT.headline}</h1>
      ) : (
        <PageHeader dataset={dataset} />
      )}
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
        <div
          className={capturing ? 'explorer__map graphic is-capturing' : 'explorer__map graphic'}
          ref={graphic}
        >
          <p className="capture-only capture-title">{CONTENT.headline}</p>
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
                tiles={view.tiles && !capturing}
                guardScroll={view.embed}
                fitTo={outcome?.fit}
              />
            </div>
            {selected && (
              <Suspense fallback={null}>
                <ClinicDetails
                  clinic={selected}
                  day={view.date}
                  onClose={closeDetails}
                  features={dataset.features}
                  onSelect={selectFromList}
                />
              </Suspense>
            )}
          </div>
          <StaticLegend counts={tallyStatuses(shown)} />
          <SourceLine dataset={dataset} />
          <div className="graphic-tools">
            <EmbedButton embedUrl={embedUrl} />
            <SaveImageButton
              target={() => graphic.current}
              fileName={`allina-strike-map-${view.date}.png`}
              onCapturing={setCapturing}
            />
            {view.embed && (
              <a
                className="tool-button"
                href={fullPageUrl}
                target="_blank"
                rel="noopener noreferrer"
              >
                Open full page
              </a>
            )}
          </div>
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
              onReset={() => {
                search.setDevice(undefined)
                setFilters(NO_FILTERS)
              }}
              search={searchBox}
            />
          </details>
          <section
            className="explorer__list"
            id="clinic-list"
            tabIndex={-1}
            aria-labelledby="list-title"
          >
            <h2 id="list-title">{outcome?.heading || 'Clinics on this date'}</h2>
            <ClinicList
              views={shown}
              selectedId={view.clinic}
              onSelect={selectFromList}
              day={view.date}
              distances={outcome?.distances}
              empty={outcome?.message}
            />
          </section>
        </aside>
      </div>
      {!view.embed && (
        <Suspense fallback={null}>
          <ClosuresChanged dataset={dataset} />
        </Suspense>
      )}
      {!view.embed && <PageFooter dataset={dataset} />}
    </div>
  )
}
