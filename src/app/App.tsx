import { useDataset } from './use-dataset.ts'
import { Explorer } from './Explorer.tsx'
import { CONTENT } from './content.ts'
import './theme.css'
import './app.css'

/** Composition root: loading and failure states, then the explorer. Never a blank page. */
export function App() {
  const [state, retry] = useDataset()
  if (state.status === 'ready') return <Explorer dataset={state.dataset} basemap={state.basemap} />
  return (
    <main className="page page--status">
      <h1>{CONTENT.headline}</h1>
      {state.status === 'loading' ? (
        <p role="status">Loading the clinics…</p>
      ) : (
        <div role="alert" className="load-error">
          <p>{state.message}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
    </main>
  )
}
