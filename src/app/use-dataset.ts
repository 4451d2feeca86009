/**
 * Loads the dataset and the basemap once, with a retry for the reader when the data fails. The
 * page is drawn as soon as the JSON has the right shape; the full schema check follows (it loads
 * zod on demand, see src/data/load-dataset.ts) and turns a damaged file into the error state.
 */
import { useCallback, useEffect, useState } from 'react'
import { loadBasemap, type Basemap } from '../data/load-basemap.ts'
import { checkDataset, DatasetError, fetchDataset, isDatasetShaped } from '../data/load-dataset.ts'
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
      Promise.all([fetchDataset(), loadBasemap()])
        .then(async ([json, basemap]) => {
          if (!isDatasetShaped(json)) {
            await checkDataset(json) // throws the schema's message, naming the field
            throw new DatasetError('schema', 'The clinic data is not in the expected format.')
          }
          if (live) setState({ status: 'ready', dataset: json, basemap })
          // Only bad data replaces a drawn page: not a failed download of the checker itself
          // (say, a deploy while the page was open), since the build checked this file too.
          await checkDataset(json).catch((e: unknown) => {
            if (e instanceof DatasetError && e.kind === 'schema') throw e
          })
        })
        .catch(
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
