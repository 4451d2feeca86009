import { useCallback, useEffect, useRef } from 'react'
import { useDataset } from './use-dataset.ts'
import { Explorer } from './Explorer.tsx'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { CONTENT } from './content.ts'
import './theme.css'
import './app.css'
import './modes.css'

/** Composition root: loading and failure states, then the explorer. Never a blank page. */
export function App() {
  const [state, retry] = useDataset()
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
  if (state.status === 'ready')
    return (
      // A damaged file can throw while drawing, before the late schema check names the problem.
      <ErrorBoundary
        fallback={<StatusPage message="The clinic data could not be shown." onRetry={tryAgain} />}
      >
        <Explorer dataset={state.dataset} basemap={state.basemap} />
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
