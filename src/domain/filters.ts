/** Which clinics a reader sees: the day's states, then the filter panel's choices. */
import type { ClinicFeature, ClinicProperties } from './clinic-schema.ts'
import { EVIDENCE, type Evidence, type Kind } from './vocabulary.ts'
import type { IsoDay } from './dates.ts'
import { normalizeText } from './fold.ts'
import { STATUSES, statusOn, type ClinicDayState, type Status } from './timeline.ts'

// Re-exported: the search's matcher folds text the same way without loading the timeline.
export { normalizeText }

/** The kind filter's choices: a clinic with both kinds matches primary and urgent. */
export const KIND_FILTERS = ['primary', 'urgent', 'not_stated'] as const
export type KindFilter = (typeof KIND_FILTERS)[number]

/**
 * The filter panel's part of the view state (src/domain/url-state.ts: `ViewState extends
 * Filters`), so each field has one name and one default, and a view is itself a `Filters`.
 */
export interface Filters {
  statuses: readonly Status[]
  kinds: readonly KindFilter[]
  evidence: readonly Evidence[]
  /** The words typed in the search box (`?q=`). */
  q: string
}

/** Everything shown: the default view's filters, and what Reset returns to. */
export const NO_FILTERS: Filters = {
  statuses: STATUSES,
  kinds: KIND_FILTERS,
  evidence: EVIDENCE,
  q: '',
}

export interface ClinicView {
  feature: ClinicFeature
  state: ClinicDayState
}

const KIND_MATCHES: Record<Kind, readonly KindFilter[]> = {
  primary_care: ['primary'],
  urgent_care: ['urgent'],
  both: ['primary', 'urgent'],
  unknown: ['not_stated'],
}

const lastQuery = { text: '', words: [] as string[] }

/** The query's words, normalised once per query, not once per clinic (10,000 in the bench). */
function queryWords(query: string): string[] {
  if (query !== lastQuery.text) {
    lastQuery.text = query
    lastQuery.words = normalizeText(query).split(' ').filter(Boolean)
  }
  return lastQuery.words
}

/** True when every word of the query appears in the clinic's name, city or street. */
function matchesQuery(p: ClinicProperties, query: string): boolean {
  const words = queryWords(query)
  if (words.length === 0) return true
  const haystack = normalizeText(`${p.name} ${p.city} ${p.street ?? ''} ${p.zip ?? ''}`)
  return words.every((w) => haystack.includes(w))
}

/** Each clinic with its state on `day`, in the dataset's order. */
export function clinicsOn(features: readonly ClinicFeature[], day: IsoDay): ClinicView[] {
  return features.map((feature) => ({ feature, state: statusOn(feature.properties, day) }))
}

function matchesAllBut(v: ClinicView, f: Filters, skipStatus: boolean): boolean {
  const p = v.feature.properties
  return (
    (skipStatus || f.statuses.includes(v.state.status)) &&
    KIND_MATCHES[p.kind].some((k) => f.kinds.includes(k)) &&
    f.evidence.includes(p.evidence) &&
    matchesQuery(p, f.q)
  )
}

/** The clinics that pass every filter. */
export function applyFilters(views: readonly ClinicView[], f: Filters): ClinicView[] {
  return views.filter((v) => matchesAllBut(v, f, false))
}

/**
 * The clinics under each status that the other filters let through, so the legend (which is
 * also the status filter) shows what ticking a status would add.
 */
export function groupByStatus(
  views: readonly ClinicView[],
  f: Filters | undefined,
): Record<Status, ClinicView[]> {
  const groups = Object.fromEntries(STATUSES.map((s) => [s, []])) as unknown as Record<
    Status,
    ClinicView[]
  >
  for (const v of views) if (!f || matchesAllBut(v, f, true)) groups[v.state.status].push(v)
  return groups
}

/** Live legend counts: how many clinics have each status under the other filters. */
export function countByStatus(views: readonly ClinicView[], f: Filters): Record<Status, number> {
  return tallyGroups(groupByStatus(views, f))
}

function tallyGroups(groups: Record<Status, ClinicView[]>): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, groups[s].length])) as Record<Status, number>
}

/** True when the filters hide nothing (Reset has nothing to do). */
export function isUnfiltered(f: Filters): boolean {
  return (
    f.q.trim() === '' &&
    f.statuses.length === STATUSES.length &&
    f.kinds.length === KIND_FILTERS.length &&
    f.evidence.length === EVIDENCE.length
  )
}
