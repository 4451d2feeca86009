/**
 * The reader's reduced-motion preference, read in one place for the map's pans and fits and the
 * date slider's playback. It takes the window as an argument, so the domain stays free of the DOM.
 */
interface WithMediaQueries {
  matchMedia?: (query: string) => { matches: boolean }
}

/** True when the reader asked for less motion; a browser without `matchMedia` asked for nothing. */
export function prefersReducedMotion(win: WithMediaQueries): boolean {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
}
