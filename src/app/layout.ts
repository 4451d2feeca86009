/**
 * Layout decisions the CSS cannot make alone: which layout is showing, the list's order, and
 * bringing the details into view. The breakpoints must match src/app/app.css.
 */
import type { ClinicView } from '../domain/filters.ts'

/** The phone layout (app.css, max-width: 600px): one column, Map/List toggle, bottom sheet. */
const PHONE_QUERY = '(max-width: 600px)'

export function isPhone(): boolean {
  // No window in the build's prerender (src/app/prerender-entry.tsx).
  if (typeof window === 'undefined') return false
  return window.matchMedia?.(PHONE_QUERY).matches ?? false
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
type Feature = ClinicView['feature']
const byNameOf = (a: Feature, b: Feature) => collator.compare(a.properties.name, b.properties.name)
/** Each dataset's clinics ranked by name once: a date step then sorts numbers, not strings. */
const ranks = new WeakMap<readonly Feature[], Map<Feature, number>>()

/**
 * The views in alphabetical order of clinic name, as the list says it is. `all` is the dataset's
 * features, every view's clinic among them: their names are compared once per dataset, not on
 * every date step (16 ms a step at 10,000 clinics); each step drops its views into their slots.
 */
export function byName(views: readonly ClinicView[], all: readonly Feature[]): ClinicView[] {
  let rank = ranks.get(all)
  if (!rank) {
    rank = new Map([...all].sort(byNameOf).map((f, i) => [f, i]))
    ranks.set(all, rank)
  }
  // A sparse array in name order; flat() drops the empty slots.
  const slots: ClinicView[] = []
  for (const v of views) {
    const at = rank.get(v.feature)
    // A clinic the ranks do not know (not from `all`) is sorted in the slow way, never lost.
    if (at === undefined) return [...views].sort((a, b) => byNameOf(a.feature, b.feature))
    slots[at] = v
  }
  return slots.flat()
}
