import { useEffect, useState } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { loadDataset } from '../data/load-dataset.ts'

/** Composition root. For now: the coverage line and the list of sites; the map comes next. */
export function App() {
  const [dataset, setDataset] = useState<Dataset>()
  const [error, setError] = useState<string>()
  useEffect(function loadOnce() {
    loadDataset().then(setDataset, (e: Error) => setError(e.message))
  }, [])
  if (error) return <p role="alert">{error}</p>
  if (!dataset) return <p>Loading the clinics…</p>
  const s = dataset.summary
  return (
    <main>
      <h1>Where Allina's doctors struck</h1>
      <p data-testid="coverage">
        {s.identified} of the {s.reported.struck} struck clinics identified
      </p>
      <ul>
        {dataset.features.map((f) => (
          <li key={f.id}>{f.properties.name}</li>
        ))}
      </ul>
    </main>
  )
}
