/**
 * What the search box finds: suggestions in two groups (clinics, places) and the one reading of
 * a query that the map and list show. Pure; the browser loads it on the first search.
 */
import type { ClinicFeature } from './clinic-schema.ts'
import { normalizeText } from './fold.ts'
import type { LonLat } from './geo.ts'
import { matchCost, nameWords, parseQuery, type UsState } from './lookup-text.ts'
import type { Place } from './places-file.ts'

interface ClinicEntry {
  id: string
  name: string
  city: string
  state: string
  zip: string | undefined
  at: LonLat
  folded: string
  words: string[]
  cityWords: string[]
}

export interface SearchIndex {
  clinics: ClinicEntry[]
  places: Place[]
  zips: Map<string, Place>
}

export function buildIndex(
  features: readonly ClinicFeature[],
  places: readonly Place[],
): SearchIndex {
  return {
    clinics: features.map((f) => {
      const p = f.properties
      return {
        id: f.id,
        name: p.name,
        city: p.city,
        state: p.state,
        zip: p.zip,
        at: f.geometry.coordinates,
        folded: normalizeText(p.name),
        words: nameWords(p.name),
        cityWords: normalizeText(p.city).split(' '),
      }
    }),
    places: places.filter((p) => p.kind === 'town'),
    zips: new Map(places.filter((p) => p.kind === 'zip').map((p) => [p.name, p])),
  }
}

interface ClinicSuggestion {
  id: string
  name: string
  city: string
  state: string
}

export interface Suggestions {
  clinics: ClinicSuggestion[]
  places: Place[]
}

function clinicCost(c: ClinicEntry, words: string[], state: UsState | undefined): number {
  if (state && c.state !== state) return Infinity
  return Math.min(matchCost(words, c.words), matchCost(words, c.cityWords))
}

function best<T>(
  items: readonly T[],
  cost: (t: T) => number,
  limit: number,
): { item: T; cost: number }[] {
  return items
    .map((item) => ({ item, cost: cost(item) }))
    .filter((x) => Number.isFinite(x.cost))
    .sort((a, b) => a.cost - b.cost)
    .slice(0, limit)
}

/**
 * Up to `limit` clinics and `limit` places for what has been typed so far. A ZIP suggests that
 * ZIP; a query of fewer than two letters suggests nothing.
 */
export function suggest(index: SearchIndex, query: string, limit = 5): Suggestions {
  const q = parseQuery(query)
  if (q.zip) {
    const place = index.zips.get(q.zip)
    return {
      clinics: index.clinics.filter((c) => c.zip === q.zip).slice(0, limit),
      places: place ? [place] : [],
    }
  }
  const digits = /^\d{2,4}$/.exec(q.folded)?.[0]
  if (digits)
    return {
      clinics: [],
      places: [...index.zips.values()].filter((z) => z.name.startsWith(digits)).slice(0, limit),
    }
  if (q.words.join('').length < 2 && !q.state) return { clinics: [], places: [] }
  const clinics = best(index.clinics, (c) => clinicCost(c, q.words, q.state), limit)
  const places = best(
    index.places,
    (p) => (q.state && p.state !== q.state ? Infinity : matchCost(q.words, p.words)),
    limit,
  )
  return { clinics: clinics.map((c) => c.item), places: places.map((p) => p.item) }
}

/** What the map and list show for a query. */
export type Reading =
  | { kind: 'all' }
  /** Clinics found by name or town, best first. */
  | { kind: 'clinics'; ids: string[] }
  /** Every clinic in a state ("Wisconsin"). */
  | { kind: 'state'; state: UsState; ids: string[] }
  /** A town or ZIP: the clinics nearest to it. `own` are the clinics in that town or ZIP. */
  | { kind: 'place'; place: Place; own: string[] }
  | { kind: 'none'; reason: 'zip-outside' | 'no-match'; zip?: string }

/**
 * One reading of the query. A ZIP is a place; otherwise, when the best town matches as well as
 * the best clinic, it is that town's nearest clinics (the reader's own town, with the clinics in
 * it listed first); a clinic's full name or a name no town has ("Bandana Square") is a clinic.
 */
export function readQuery(index: SearchIndex, query: string): Reading {
  const q = parseQuery(query)
  if (q.folded === '') return { kind: 'all' }
  if (q.zip) {
    const place = index.zips.get(q.zip)
    if (!place) return { kind: 'none', reason: 'zip-outside', zip: q.zip }
    return {
      kind: 'place',
      place,
      own: index.clinics.filter((c) => c.zip === q.zip).map((c) => c.id),
    }
  }
  const exact = index.clinics.filter((c) => c.folded === q.folded)
  if (exact.length > 0) return { kind: 'clinics', ids: exact.map((c) => c.id) }
  if (q.words.length === 0 && q.state)
    return {
      kind: 'state',
      state: q.state,
      ids: index.clinics.filter((c) => c.state === q.state).map((c) => c.id),
    }
  // One or two letters: too short for typos; narrow as the old search did, by what they begin.
  if (q.words.join('').length < 3) {
    const start = q.words.join(' ')
    const ids = index.clinics
      .filter((c) => [...c.words, ...c.cityWords].some((w) => w.startsWith(start)))
      .map((c) => c.id)
    return ids.length > 0 ? { kind: 'clinics', ids } : { kind: 'none', reason: 'no-match' }
  }
  const clinics = best(index.clinics, (c) => clinicCost(c, q.words, q.state), Infinity)
  const town = best(
    index.places,
    (p) => (q.state && p.state !== q.state ? Infinity : matchCost(q.words, p.words)),
    1,
  )[0]
  const top = clinics[0]?.cost ?? Infinity
  if (town && town.cost <= top) {
    const own = index.clinics
      .filter(
        (c) => c.state === town.item.state && matchCost(town.item.words, c.cityWords, false) === 0,
      )
      .map((c) => c.id)
    return { kind: 'place', place: town.item, own }
  }
  if (clinics.length === 0) return { kind: 'none', reason: 'no-match' }
  return { kind: 'clinics', ids: clinics.filter((c) => c.cost <= top + 0.5).map((c) => c.item.id) }
}
