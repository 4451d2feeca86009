import { StrictMode } from 'react'
import { createRoot, hydrateRoot, type ErrorInfo } from 'react-dom/client'
import { App } from './app/App.tsx'
import { preloadPrerenderedParts } from './app/Explorer.tsx'
import { isFrameMode, isFramedElsewhere } from './app/framing.ts'
import { PrerenderContext } from './app/shell.tsx'
import { loadDataset } from './data/load-dataset.ts'
import type { Dataset } from './domain/clinic-schema.ts'
import { fingerprint } from './domain/fingerprint.ts'
import './app/faults.css'

// index.html's note for a page whose script never runs: this script runs, so it goes.
document.getElementById('boot-note')?.remove()

const root = document.getElementById('root')
if (!root) throw new Error('index.html needs <div id="root">')
const container = root

const page = (start?: Dataset | { error: string }) => (
  <StrictMode>
    <App start={start} />
  </StrictMode>
)

/** A hydration that had to redraw (the HTML did not match): a bug, reported like one. */
function reportRedraw(error: unknown, info: ErrorInfo) {
  console.error('The prerendered page did not match its first render:', error, info.componentStack)
}

/**
 * The build prerenders the default view into #root (docs/prerender.md). With its data and the
 * code of its parts in hand (the same file the build rendered, preloaded by index.html like
 * those parts' files), the browser hydrates it: the shell first, with the map drawn in the same
 * task (ClientOnly), then the parts in Suspense boundaries of their own (legend, date control,
 * list, filters, notes, footer: React's selective hydration; issue 14, map first). The
 * reader's page stays as it is and comes alive, then moves to the view its URL asks for, if
 * another (use-view-state.ts). A page framed by another site, or data that failed to load, is
 * drawn afresh in place of the prerendered page, which stays readable until then.
 */
function start(data: Dataset | { error: string }) {
  const framed = isFramedElsewhere() && !isFrameMode(window.location.search)
  // Data other than the build's (a cached page after a data update) would not match the HTML.
  if (!('error' in data) && !framed && fingerprint(data) === container.dataset.dataset)
    hydrateRoot(container, <PrerenderContext value={true}>{page(data)}</PrerenderContext>, {
      onRecoverableError: reportRedraw,
    })
  else createRoot(container).render(page(data))
}

// The dev server's index.html has an empty #root: the page draws itself, loading as it goes.
if (!container.firstElementChild) createRoot(container).render(page())
else
  // The parts' code too: a part that an update reached before its code (the basemap arriving,
  // a click) would be drawn again from nothing, blank for a moment (docs/prerender.md). The
  // head asks for it right after the data (scripts/lib/vite-prerender.ts), so it is in by then.
  Promise.all([loadDataset(), preloadPrerenderedParts()]).then(
    ([dataset]) => start(dataset),
    (e: unknown) => start({ error: e instanceof Error ? e.message : String(e) }),
  )
