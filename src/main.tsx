import { StrictMode } from 'react'
import { createRoot, hydrateRoot, type ErrorInfo } from 'react-dom/client'
import { App } from './app/App.tsx'
import { isFrameMode, isFramedElsewhere } from './app/framing.ts'
import { PrerenderContext } from './app/shell.tsx'
import { loadDataset } from './data/load-dataset.ts'
import type { Dataset } from './domain/clinic-schema.ts'
import './app/faults.css'

// index.html's note for a page whose script never runs: this script runs, so it goes.
document.getElementById('boot-note')?.remove()

const root = document.getElementById('root')
if (!root) throw new Error('index.html needs <div id="root">')
const container = root

const page = (dataset?: Dataset) => (
  <StrictMode>
    <App dataset={dataset} />
  </StrictMode>
)

/** A hydration that had to redraw (the HTML did not match): a bug, reported like one. */
function reportRedraw(error: unknown, info: ErrorInfo) {
  console.error('The prerendered page did not match its first render:', error, info.componentStack)
}

/**
 * The build prerenders the default view into #root (docs/prerender.md). With its data in hand
 * (the same file the build rendered, preloaded by index.html), the browser hydrates it: the
 * reader's page stays as it is and comes alive, then moves to the view its URL asks for, if
 * another (use-view-state.ts). A page framed by another site, or data that failed to load, is
 * drawn afresh in place of the prerendered page, which stays readable until then.
 */
function start(dataset: Dataset | undefined) {
  const search = window.location.search
  const framed = isFramedElsewhere() && !isFrameMode(search)
  if (dataset && !framed)
    hydrateRoot(container, <PrerenderContext value={true}>{page(dataset)}</PrerenderContext>, {
      onRecoverableError: reportRedraw,
    })
  else createRoot(container).render(page(dataset))
}

// The dev server's index.html has an empty #root: the page draws itself, loading as it goes.
if (!container.firstElementChild) createRoot(container).render(page())
else
  loadDataset().then(start, () => {
    // App loads the data once more and, should it fail again, says so with Try again.
    start(undefined)
  })
