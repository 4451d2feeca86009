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

/** The views in alphabetical order of clinic name, as the list says it is. */
export function byName(views: readonly ClinicView[]): ClinicView[] {
  return [...views].sort((a, b) =>
    collator.compare(a.feature.properties.name, b.feature.properties.name),
  )
}
