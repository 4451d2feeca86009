import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Basemap } from '../data/load-basemap.ts'
import { lazyPart } from '../data/lazy-part.ts'
import type { Dataset } from '../domain/clinic-schema.ts'
import { createDayIndex } from '../domain/day-index.ts'
import { applyFilters, NO_FILTERS, type Filters } from '../domain/filters.ts'
import { legendOf } from '../domain/legend.ts'
import { timelineRange } from '../domain/timeline.ts'
import { serializeViewState, type Panel, type UrlContext } from '../domain/url-state.ts'
import { formatDate } from '../domain/dates.ts'
import { ClinicSearch } from '../controls/ClinicSearch.tsx'
import { DateSlider } from '../controls/DateSlider.tsx'
import { Legend } from '../controls/Legend.tsx'
import { StrikeMap } from '../map/StrikeMap.tsx'
import { AfterFirstPaint } from './AfterFirstPaint.tsx'
import { CONTENT } from './content.ts'
import { CoverageLine } from './CoverageLine.tsx'
import { urlContextOf } from './url-context.ts'
import { FooterExtras, PageFooter, PageHeader, SourceLine } from './PageText.tsx'
import { PartBoundary } from './PartBoundary.tsx'
import { StaticLegend } from './StaticLegend.tsx'
import type { StillCaption } from './StillGraphic.tsx'
import { ClientOnly, useHydrated } from './shell.tsx'
import { byName, isPhone } from './layout.ts'
import { useEmbedHeight } from './use-embed-height.ts'
import { useTheme } from './use-theme.ts'
import { useReturnFocus } from './use-return-focus.ts'
import { useSearch } from './use-search.ts'
import { useViewState } from './use-view-state.ts'

// Details show only after a selection: loaded on demand, they stay out of the first view's
// bundle (issue 5's 125 KB budget); a shared ?clinic= link fetches them at once. If the file
// fails, its own boundary offers a retry and the map stays (src/data/lazy-part.ts).
const ClinicDetails = lazyPart(() => import('./ClinicDetails.tsx').then((m) => m.ClinicDetails))
// The filters and the list render after the map's first frame (AfterFirstPaint), so their code
// can come then too: out of the first view's bundle (issue 14's 118 KB budget).
const FilterPanel = lazyPart(() => import('../controls/FilterPanel.tsx').then((m) => m.FilterPanel))
const ClinicList = lazyPart(() => import('../controls/ClinicList.tsx').then((m) => m.ClinicList))
// Below the graphic, after the first paint: not in the first view's bundle.
const GraphicTools = lazyPart(() => import('./GraphicTools.tsx').then((m) => m.GraphicTools))
const PageNotes = lazyPart(() => import('./PageNotes.tsx').then((m) => m.PageNotes))
// Below the fold, and not needed to draw the map: its own small chunk.
const ClosuresChanged = lazyPart(() =>
  import('./ClosuresChanged.tsx').then((m) => m.ClosuresChanged),
)
// Screenshot mode is for the newsroom's image tool, never a reader's first view; Save image
// takes the same still's caption from the same file when pressed.
const loadStill = () => import('./StillGraphic.tsx')
const StillGraphic = lazyPart(() => loadStill().then((m) => m.StillGraphic))

/**
 * Loads the code of the parts the prerendered page shows (src/main.tsx waits for it before it
 * hydrates): React then hydrates them right after the shell and the map, each in its own
 * Suspense boundary, or at once when a reader clicks into one. Left to load as they render,
 * they would stay inert for a moment, and a reader's first click on a row could be lost.
 */
export function preloadPrerenderedParts(): Promise<unknown> {
  return Promise.all(
    [FilterPanel, ClinicList, PageNotes, ClosuresChanged, FooterExtras, GraphicTools].map((p) =>
      p.preload(),
    ),
  )
}

interface Props {
  dataset: Dataset
  basemap: Basemap | undefined
  /** The basemap is still on its way: the map is drawn, but not yet "ready" for a picture. */
  basemapPending?: boolean
}

/** The page's address with `search`; relative until hydrated (the prerender knows no address). */
function pageUrl(search: string, hydrated: boolean): string {
  return hydrated ? `${window.location.origin}${window.location.pathname}${search}` : search
}

/**
 * The interactive graphic: map, date slider, filters, list and details, all driven by the URL;
 * in `?embed=1` without the page around it, in `?screenshot=1` as a still.
 */
export function Explorer({ dataset, basemap, basemapPending = false }: Props) {
  const range = useMemo(() => timelineRange(dataset.events), [dataset])
  const ctx: UrlContext = useMemo(() => urlContextOf(dataset), [dataset])
  const [view, update] = useViewState(ctx)
  useTheme(view.theme)
  useEmbedHeight(view.embed && !view.screenshot)
  const origin = useRef<'map' | 'list'>('list')
  const hydrated = useHydrated()
  const pageTitle = useRef(typeof document === 'undefined' ? '' : document.title)
  const graphic = useRef<HTMLDivElement>(null)
  // While Save image captures, the graphic shows as the still: its caption, no controls, no
  // tiles (modes.css). The caption's component is loaded when Save image is pressed.
  const [Caption, setCaption] = useState<typeof StillCaption>()
  const capturing = Caption !== undefined
  const setCapturing = async (on: boolean) => {
    const caption = on ? (await loadStill()).StillCaption : undefined
    setCaption(() => caption)
  }
  // Filters start open beside the map, folded on phones so the map and list come first, and
  // folded in an embed, where every open part lengthens the article (modes.css). On the full
  // phone page one finger scrolls the page, as in an embed (ScrollGuard.tsx).
  // The prerendered page is one for every screen: it has them open, and a phone folds them once
  // hydrated (until then app.css hides the open panel on phones, so nothing moves).
  const [onPhoneAtStart] = useState(isPhone)
  const onPhone = hydrated && onPhoneAtStart
  const filtersOpenAtStart = !onPhone && !view.embed

  // The view's filter fields alone (a view is a Filters), kept while they hold.
  const { statuses, kinds, evidence, q } = view
  const filters: Filters = useMemo(
    () => ({ statuses, kinds, evidence, q }),
    [statuses, kinds, evidence, q],
  )
  const days = useMemo(() => createDayIndex(dataset.features), [dataset])
  const all = useMemo(() => days.viewsOn(view.date), [days, view.date])
  // Until the search engine loads (first focus, keystroke or ?q=), the words typed filter as
  // before; then the engine reads the query, and picks and orders the clinics (use-search.ts).
  const search = useSearch(dataset, view.q)
  const { outcomeFor } = search
  const others = useMemo(
    () => (search.engine ? { ...filters, q: '' } : filters),
    [filters, search.engine],
  )
  const filtered = useMemo(() => applyFilters(all, others), [all, others])
  const outcome = useMemo(() => outcomeFor(filtered), [outcomeFor, filtered])
  const shown = outcome?.shown ?? filtered
  // A place search lists the nearest first; otherwise the list is by name.
  const listed = useMemo(
    () => (outcome?.distances ? shown : byName(shown, dataset.features)),
    [outcome, shown, dataset.features],
  )
  const searched = useMemo(() => outcomeFor(all)?.shown ?? all, [outcomeFor, all])
  const legend = useMemo(() => legendOf(searched, view.date, others), [searched, view.date, others])
  const stillLegend = useMemo(() => legendOf(shown, view.date), [shown, view.date])
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

  const selectFromMap = useCallback(
    (id: string) => {
      origin.current = 'map'
      update({ clinic: id }, 'push')
    },
    [update],
  )
  // On phones the list replaces the map: a row shows its clinic on the map, the sheet under it
  // (one history entry, so Back returns to the list).
  const selectFromList = useCallback(
    (id: string) => {
      origin.current = 'list'
      update(isPhone() ? { clinic: id, panel: 'map' } : { clinic: id }, 'push')
    },
    [update],
  )
  const closeDetails = useCallback(() => update({ clinic: undefined }, 'push'), [update])
  const mapFrame = useRef<HTMLDivElement>(null)
  // What covers the map while details are open (the card or the phone sheet): the map pans its
  // marker clear of it.
  const [cover, setCover] = useState<{ id: string; rect: DOMRect }>()
  const detailsShown = useCallback(
    (el: HTMLElement, id: string) => setCover({ id, rect: el.getBoundingClientRect() }),
    [],
  )
  const getMapFrame = useCallback(() => mapFrame.current, [])
  useReturnFocus(view.clinic, origin)
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
      <PartBoundary part={StillGraphic} what="The graphic">
        <Suspense fallback={null}>
          <StillGraphic
            dataset={dataset}
            basemap={basemap}
            basemapPending={basemapPending}
            view={view}
            shown={shown}
            extent={extent}
          />
        </Suspense>
      </PartBoundary>
    )

  const embedUrl = pageUrl(
    serializeViewState({ ...view, embed: true, panel: 'map' }, ctx),
    hydrated,
  )
  const fullPageUrl = pageUrl(
    serializeViewState({ ...view, embed: false, showTitle: true }, ctx),
    hydrated,
  )
  return (
    <div className={view.embed ? 'page page--embed' : 'page'}>
      {view.embed ? (
        <h1 className={view.showTitle ? 'embed-title' : 'visually-hidden'} tabIndex={-1}>
          {CONTENT.headline}
        </h1>
      ) : (
        <PageHeader dataset={dataset} />
      )}
      <main className="explorer" id="main" data-panel={view.panel}>
        <div className="explorer__find" role="search" aria-label="Clinics">
          {searchBox}
        </div>
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
          {Caption ? (
            <Caption dataset={dataset} view={view} shown={shown} page />
          ) : (
            <CoverageLine dataset={dataset} />
          )}
          {/* Print's date line (modes.css); a saved image has the still's. */}
          <p className="capture-date">{formatDate(view.date, 'long')}</p>
          <div className="skip-links">
            <a className="skip-link" href="#map-legend">
              Skip the map: go to the filters
            </a>
            <a className="skip-link" href="#clinic-list">
              Skip the map: go to the clinic list
            </a>
          </div>
          <div className="map-stage" data-still="map">
            <div className="map-frame" ref={mapFrame}>
              {/* Leaflet needs a browser: the prerendered page has the empty, CSS-sized box. */}
              <ClientOnly>
                <StrikeMap
                  views={shown}
                  total={dataset.features.length}
                  extent={extent}
                  selectedId={view.clinic}
                  onSelect={selectFromMap}
                  basemap={basemap}
                  basemapPending={basemapPending}
                  tiles={view.tiles && !capturing}
                  guardScroll={view.embed || onPhone}
                  cover={cover?.id === view.clinic ? cover?.rect : undefined}
                  fitTo={outcome?.fit}
                  searched={outcome?.place}
                />
              </ClientOnly>
            </div>
            {selected && (
              <PartBoundary
                part={ClinicDetails}
                what="The clinic’s details"
                className="part-error--over-map"
              >
                <Suspense fallback={null}>
                  <ClinicDetails
                    clinic={selected}
                    day={view.date}
                    pageUrl={fullPageUrl}
                    onClose={closeDetails}
                    mapFrame={getMapFrame}
                    onShown={detailsShown}
                    features={dataset.features}
                    onSelect={selectFromList}
                  />
                </Suspense>
              </PartBoundary>
            )}
          </div>
          {/* Hydrated after the map has drawn: a boundary of its own is left for later
              (React's selective hydration), and a click on it is answered at once. */}
          <Suspense fallback={null}>
            <div className="map-legend" id="map-legend" tabIndex={-1}>
              <Legend
                selected={filters.statuses}
                legend={legend}
                onChange={(statuses) => update({ statuses })}
              />
            </div>
            <StaticLegend legend={stillLegend} />
            <SourceLine dataset={dataset} still={capturing} />
          </Suspense>
          <PartBoundary part={GraphicTools} what="Sharing">
            <Suspense fallback={null}>
              <GraphicTools
                embedUrl={embedUrl}
                target={() => graphic.current}
                fileName={`allina-strike-map-${view.date}.png`}
                onCapturing={setCapturing}
                fullPageUrl={view.embed ? fullPageUrl : undefined}
              />
            </Suspense>
          </PartBoundary>
        </div>
        <div className="explorer__side">
          {/* Like the legend: hydrated after the map, or at once if a reader reaches for it. */}
          <Suspense fallback={null}>
            <div className="explorer__date">
              <DateSlider
                day={view.date}
                min={range.min}
                max={range.max}
                events={dataset.events}
                onChange={(date) => update({ date })}
              />
            </div>
          </Suspense>
          <section className="explorer__panel" aria-label="Filters and clinic list">
            <details
              className={hydrated ? 'filters-sheet' : 'filters-sheet is-prerendered'}
              open={filtersOpenAtStart}
            >
              <summary>
                More filters
                <span className="filters-sheet__count">
                  {' '}
                  · {shown.length} of {all.length} shown
                </span>
              </summary>
              <PartBoundary part={FilterPanel} what="The filters">
                <Suspense fallback={null}>
                  <FilterPanel
                    filters={filters}
                    shown={shown.length}
                    total={all.length}
                    onChange={update}
                    onReset={() => {
                      search.setDevice(undefined)
                      update(NO_FILTERS)
                    }}
                  />
                </Suspense>
              </PartBoundary>
            </details>
            <section
              className="explorer__list"
              id="clinic-list"
              tabIndex={-1}
              aria-labelledby="list-title"
            >
              <h2 id="list-title">{outcome?.heading || 'Clinics on this date'}</h2>
              <p className="explorer__list-order">
                {outcome?.distances ? 'Nearest first.' : 'Sorted by name, A to Z.'}
              </p>
              {/* The list (hundreds of elements) renders once the map's first frame is drawn. */}
              <AfterFirstPaint>
                <PartBoundary part={ClinicList} what="The clinic list">
                  <Suspense fallback={null}>
                    <ClinicList
                      views={listed}
                      selectedId={view.clinic}
                      onSelect={selectFromList}
                      day={view.date}
                      distances={outcome?.distances}
                      empty={outcome?.message}
                    />
                  </Suspense>
                </PartBoundary>
              </AfterFirstPaint>
            </section>
          </section>
        </div>
        {!view.embed && (
          <AfterFirstPaint>
            <PartBoundary part={PageNotes} what="How to use this map">
              <Suspense fallback={null}>
                <PageNotes dataset={dataset} />
              </Suspense>
            </PartBoundary>
          </AfterFirstPaint>
        )}
      </main>
      {!view.embed && (
        <PartBoundary part={ClosuresChanged} what="What the closures changed">
          <Suspense fallback={null}>
            <ClosuresChanged dataset={dataset} />
          </Suspense>
        </PartBoundary>
      )}
      {!view.embed && <PageFooter dataset={dataset} day={view.date} pageUrl={fullPageUrl} />}
    </div>
  )
}
