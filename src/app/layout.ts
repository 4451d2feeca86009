/**
 * Layout decisions the CSS cannot make alone: which layout is showing, the list's order, and
 * bringing the details into view. The breakpoints must match src/app/app.css.
 */
import type { ClinicView } from '../domain/filters.ts'

/** The phone layout (app.css, max-width: 600px): one column, Map/List toggle, bottom sheet. */
export const PHONE_QUERY = '(max-width: 600px)'

export function isPhone(): boolean {
  return window.matchMedia?.(PHONE_QUERY).matches ?? false
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** The views in alphabetical order of clinic name, as the list says it is. */
export function byName(views: readonly ClinicView[]): ClinicView[] {
  return [...views].sort((a, b) =>
    collator.compare(a.feature.properties.name, b.feature.properties.name),
  )
}

/**
 * Makes freshly opened details readable whatever path opened them (marker, list row, shared
 * link, Back/Forward). A phone's bottom sheet is fixed to the screen's foot: the page scrolls so
 * the map starts at the top, leaving the strip above the sheet for the marker. A desktop card
 * sits inside the map, so the map is scrolled fully into view (nothing moves when it already is).
 * Instant, not smooth: the map measures itself right after to pan the marker clear.
 */
export function revealDetails(details: HTMLElement, mapFrame: HTMLElement | null) {
  if (!mapFrame) return
  const frame = mapFrame.getBoundingClientRect()
  const screen = window.innerHeight
  if (getComputedStyle(details).position === 'fixed') {
    const sheetTop = screen - details.getBoundingClientRect().height
    // Less than a third of the screen of map above the sheet: not enough to see where it is.
    if (frame.top < 0 || sheetTop - frame.top < screen / 3)
      window.scrollBy({ top: frame.top - 8, behavior: 'instant' })
    return
  }
  if (frame.top < 0 || frame.bottom > screen) {
    const top = frame.height > screen ? frame.top : frame.bottom - screen + 8
    window.scrollBy({ top: frame.top < 0 ? frame.top - 8 : top, behavior: 'instant' })
  }
}
