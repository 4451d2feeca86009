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
      // A damaged file can throw while drawing, before the late schema check names the problem.
      <ErrorBoundary
        fallback={<StatusPage message="The clinic data could not be shown." onRetry={retry} />}
      >
        <Explorer dataset={state.dataset} basemap={state.basemap} />
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
