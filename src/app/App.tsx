import { retryFailedParts } from '../data/lazy-part.ts'
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
  if (state.status === 'ready')
    return (
      // The data has passed the schema before this draws, so this catches the page's own faults
      // (a part loaded on demand without a boundary of its own). Try again redraws for real:
      // failed parts are forgotten and the data is loaded afresh.
      <ErrorBoundary
        onRetry={() => {
          retryFailedParts()
          retry()
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
    <StatusPage message={state.status === 'error' ? state.message : undefined} onRetry={retry} />
  )
}

/** The headline with "Loading…" (no message yet) or an error and a retry button. */
function StatusPage({ message, onRetry }: { message: string | undefined; onRetry(): void }) {
  return (
    <main className="page page--status">
      <h1>{CONTENT.headline}</h1>
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
