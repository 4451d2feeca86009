/** Loads the dataset and the basemap once, with a retry for the reader when the data fails. */
import { useCallback, useEffect, useState } from 'react'
import { loadBasemap, type Basemap } from '../data/load-basemap.ts'
import { loadDataset } from '../data/load-dataset.ts'
import type { Dataset } from '../domain/clinic-schema.ts'

export type DatasetState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; dataset: Dataset; basemap: Basemap | undefined }

export function useDataset(): [DatasetState, () => void] {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<DatasetState>({ status: 'loading' })
  useEffect(
    function load() {
      let live = true
      Promise.all([loadDataset(), loadBasemap()]).then(
        ([dataset, basemap]) => live && setState({ status: 'ready', dataset, basemap }),
        (e: unknown) =>
          live &&
          setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      )
      return function ignoreLateAnswer() {
        live = false
      }
    },
    [attempt],
  )
  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  return [state, retry]
}
