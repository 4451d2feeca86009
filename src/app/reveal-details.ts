/**
 * Scrolling the page so freshly opened details can be read. Imported only by ClinicDetails.tsx,
 * so it loads with the details, not in the first view's bundle.
 */

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
