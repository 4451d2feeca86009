/**
 * The search box's engine, loaded on the first search (src/data/load-search.ts): the index of
 * clinics and places, and what a query or a position shows. Pure; the app holds one instance.
 */
import type { ClinicFeature, Summary } from './clinic-schema.ts'
import type { ClinicView } from './filters.ts'
import { formatMiles, type LonLat } from './geo.ts'
import { buildIndex, readQuery, suggest, type Reading, type Suggestions } from './lookup.ts'
import { nearestTo, rankByDistance } from './nearest.ts'
import type { Place } from './places-file.ts'

// One chunk for the browser's first search: the engine and the reader of places.json.
export { readPlaces } from './places-file.ts'

/** Where the reader is, from "Near me": kept in memory only, never in the URL. */
export interface DevicePosition {
  at: LonLat
  /** Metres, as the browser reports it. */
  accuracy: number
}

export interface Outcome {
  /** The clinics to show, in the order to list them. */
  shown: ClinicView[]
  /** "about 3.2 mi" per clinic id, for place and position searches. */
  distances: Map<string, string>
  /** What the list's heading says. */
  heading: string
  /** The line under the search box, read out by screen readers. */
  message: string
  /** The nearest clinics to offer when nothing in the place itself matches. */
  offer: { id: string; name: string; distance: string }[]
  /** Positions the map should fit, `undefined` to leave it. */
  fit: LonLat[] | undefined
  /**
   * The place searched for (a town, a ZIP code, the reader's own position), marked on the map
   * beside its nearest clinics: zoomed in that far, the basemap names no town around them.
   */
  place?: { at: LonLat; name: string }
}

export interface SearchEngine {
  suggest(query: string): Suggestions
  /** What the map and list show; `views` are the day's clinics after the other filters. */
  outcome(query: string, device: DevicePosition | undefined, views: readonly ClinicView[]): Outcome
  /** Set when places.json failed to load: clinic names still work, towns and ZIPs do not. */
  placesError: string | undefined
}

/** A device fix worse than this is "about" even to a clinic's exact position. */
const PRECISE_METRES = 200

/** "41 of the 61 struck clinics are not yet identified, so yours may be one of them." */
function unidentifiedNote(summary: Summary): string {
  const missing = summary.reported.struck - summary.identified
  return missing > 0
    ? `${missing} of the ${summary.reported.struck} struck clinics are not yet identified, so yours may be one of them.`
    : ''
}

export function createEngine(
  features: readonly ClinicFeature[],
  summary: Summary,
  places: readonly Place[],
  placesError?: string,
): SearchEngine {
  const index = buildIndex(features, places)
  const note = unidentifiedNote(summary)
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ')

  function near(
    views: readonly ClinicView[],
    at: LonLat,
    approximate: boolean,
    own: readonly string[],
    name: string,
    isPlace: boolean,
  ): Outcome {
    const ranked = nearestTo(views, at, approximate, own)
    const distances = new Map(ranked.map((r) => [r.view.feature.id, formatMiles(r.miles, r.about)]))
    const shown = ranked.map((r) => r.view)
    const heading = `Nearest to ${name}, by straight-line distance`
    const ownShown = shown.filter((v) => own.includes(v.feature.id)).length
    // Offered under the box: the nearest clinics a source shows open since CURRENT_SINCE_YEAR, not sites we
    // cannot say exist (unverified) or that were probably not in the strike (unlikely).
    const identified = views.filter((v) =>
      ['confirmed', 'inferred', 'closed_before'].includes(v.feature.properties.evidence),
    )
    const offer = rankByDistance(identified, at, approximate)
      .slice(0, 3)
      .map((r) => ({
        id: r.view.feature.id,
        name: r.view.feature.properties.name,
        distance: formatMiles(r.miles, r.about),
      }))
    if (shown.length === 0)
      return {
        shown,
        distances,
        heading,
        message: 'No clinic matches these filters.',
        offer: [],
        fit: [at],
        place: { at, name },
      }
    const message =
      isPlace && ownShown === 0
        ? join(
            `No identified clinic in ${name}.`,
            note,
            'The nearest are listed here and in the clinic list, by straight-line distance.',
          )
        : `The ${shown.length} clinics nearest to ${name}, by straight-line distance (not travel time).`
    return {
      shown,
      distances,
      heading,
      message,
      offer: isPlace && ownShown === 0 ? offer : [],
      fit: [at, ...shown.map((v) => v.feature.geometry.coordinates)],
      place: { at, name },
    }
  }

  function pick(views: readonly ClinicView[], ids: readonly string[]): ClinicView[] {
    const order = new Map(ids.map((id, i) => [id, i]))
    return views
      .filter((v) => order.has(v.feature.id))
      .sort((a, b) => (order.get(a.feature.id) ?? 0) - (order.get(b.feature.id) ?? 0))
  }

  function outcome(
    query: string,
    device: DevicePosition | undefined,
    views: readonly ClinicView[],
  ): Outcome {
    const none = { distances: new Map<string, string>(), offer: [] }
    if (device)
      return near(views, device.at, device.accuracy > PRECISE_METRES, [], 'your location', false)
    const reading: Reading = readQuery(index, query)
    switch (reading.kind) {
      case 'all':
        return { ...none, shown: [...views], heading: '', message: '', fit: undefined }
      case 'place':
        return near(
          views,
          reading.place.at,
          true,
          reading.own,
          reading.place.kind === 'zip' ? `ZIP ${reading.place.label}` : reading.place.label,
          true,
        )
      case 'clinics':
      case 'state': {
        const shown = pick(views, reading.ids)
        const where =
          reading.kind === 'state'
            ? ` in ${reading.state === 'MN' ? 'Minnesota' : 'Wisconsin'}`
            : ''
        const message =
          shown.length === 0
            ? join(
                `No identified clinic${where} matches “${query.trim()}”${reading.ids.length > 0 ? ' with these filters' : ''}.`,
                note,
              )
            : `${shown.length} ${shown.length === 1 ? 'clinic matches' : 'clinics match'}${where}.`
        return {
          ...none,
          shown,
          heading: '',
          message,
          fit: shown.map((v) => v.feature.geometry.coordinates),
        }
      }
      case 'none': {
        const why =
          reading.reason === 'zip-outside'
            ? placesError
              ? `ZIP codes cannot be looked up just now (${placesError}).`
              : `ZIP ${reading.zip} is not a Minnesota or Wisconsin ZIP code.`
            : `No identified clinic, town or ZIP code matches “${query.trim()}”.`
        return {
          ...none,
          shown: [],
          heading: '',
          message: join(why, note, 'Try a town, a ZIP code, or Near me.'),
          fit: undefined,
        }
      }
    }
  }

  return { suggest: (q) => suggest(index, q), outcome, placesError }
}
