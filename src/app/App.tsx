import { lazy, Suspense, useCallback, useEffect, useRef, type ComponentType } from 'react'
import { retryFailedParts } from '../data/lazy-part.ts'
import type { Dataset } from '../domain/clinic-schema.ts'
import { useDataset } from './use-dataset.ts'
import { Explorer } from './Explorer.tsx'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { CONTENT } from './content.ts'
import { isFrameMode, isFramedElsewhere } from './framing.ts'
import './theme.css'
import './app.css'
import './modes.css'
// The prerendered page shows the list and the closures table from its first paint: their styles
// come in the page's one stylesheet, not each in a file of its own beside their parts' code
// (fewer files holding the first paint, docs/performance.md's third round).
import '../controls/clinic-list.css'
import './lookup.css'

// Shown only when another site frames the full page (framing.ts): never in the first view's
// bundle. If its file cannot be fetched, the framed page stays empty, which is still safe.
const FramedNotice = lazy<ComponentType>(() =>
  import('./FramedNotice.tsx').then(
    (m) => ({ default: m.FramedNotice }),
    () => ({ default: () => null }),
  ),
)

/**
 * Composition root: loading and failure states, then the explorer. Never a blank page.
 * `start`: the data already loaded (the prerender, and the browser before it hydrates that
 * HTML), or why it could not be (src/main.tsx); without it, the page loads the data itself.
 */
export function App({ start }: { start?: Dataset | { error: string } }) {
  const [state, retry] = useDataset(start)
  // Try again unmounts its own button: focus goes to the page's heading instead of <body>, on
  // the loading page and again on the page that follows (map or error).
  const retried = useRef(false)
  const tryAgain = useCallback(() => {
    retried.current = true
    retry()
  }, [retry])
  useEffect(
    function focusHeadingAfterRetry() {
      if (retried.current) document.querySelector<HTMLElement>('h1')?.focus()
    },
    [state.status],
  )
  // The prerender has no window; src/main.tsx does not hydrate a framed page.
  if (typeof window !== 'undefined' && isFramedElsewhere() && !isFrameMode(window.location.search))
    return (
      <Suspense fallback={null}>
        <FramedNotice />
      </Suspense>
    )
  if (state.status === 'ready')
    return (
      // The data has passed the schema before this draws, so this catches the page's own faults
      // (a part loaded on demand without a boundary of its own). Try again redraws for real:
      // failed parts are forgotten and the data is loaded afresh.
      <ErrorBoundary
        onRetry={() => {
          retryFailedParts()
          tryAgain()
        }}
        fallback={(redraw) => (
          <StatusPage message="The clinic map could not be shown." onRetry={redraw} />
        )}
      >
        <Explorer
          dataset={state.dataset}
          basemap={state.basemap}
          basemapPending={state.basemapPending}
        />
      </ErrorBoundary>
    )
  return (
    <StatusPage message={state.status === 'error' ? state.message : undefined} onRetry={tryAgain} />
  )
}

/** The headline with "Loading…" (no message yet) or an error and a retry button. */
function StatusPage({ message, onRetry }: { message: string | undefined; onRetry(): void }) {
  return (
    <main className="page page--status">
      <h1 tabIndex={-1}>{CONTENT.headline}</h1>
      {message === undefined ? (
        <p role="status">Loading the clinics…</p>
      ) : (
        <div role="alert" className="load-error">
          <p>{message}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </main>
  )
}
