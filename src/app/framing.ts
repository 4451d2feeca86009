/**
 * Who may frame the page. A <meta> CSP cannot carry `frame-ancestors` and GitHub Pages sends no
 * headers, so any site could frame the full page and dress it up as its own (or lay it under a
 * decoy to steer clicks). The page therefore checks for itself: framed by another site, the full
 * page shows only a link to open it in its own tab. `?embed=1` (the Embed button's code) and
 * `?screenshot=1` are made for frames and opt out; so do pages of our own origin. See
 * docs/security.md.
 */
import { readQuery } from '../domain/url-state.ts'

/** True when this window is inside a frame whose top page is on another origin. */
export function isFramedElsewhere(win: Window = window): boolean {
  if (win.top === win.self) return false
  try {
    // Reading a cross-origin top's location throws; a same-origin top answers.
    return win.top?.location.origin !== win.location.origin
  } catch {
    return true
  }
}

/** True for the modes made to be framed: `?embed=1` and `?screenshot=1`, read as url-state reads them. */
export function isFrameMode(search: string): boolean {
  const query = readQuery(search)
  return query.get('embed') === '1' || query.get('screenshot') === '1'
}
