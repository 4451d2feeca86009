/**
 * Loads the dataset and the basemap, side by side, with a retry for the reader when the data
 * fails. The page is drawn once the data has passed the full schema check (src/data/load-dataset.ts),
 * never before; the optional basemap joins the map when it arrives (`basemapPending` until then),
 * so a slow basemap no longer holds up the clinics. Both give up after LOAD_TIMEOUT_MS: a hung
 * data request ends in the error state with Try again, a hung basemap in a plain background.
 */
import { startTransition, useCallback, useEffect, useState } from 'react'
import { loadBasemap, type Basemap } from '../data/load-basemap.ts'
import { loadDataset } from '../data/load-dataset.ts'
import type { Dataset } from '../domain/clinic-schema.ts'

export type DatasetState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready'
      dataset: Dataset
      basemap: Basemap | undefined
      /** The basemap is still on its way (the map is "ready" for screenshots once it is not). */
      basemapPending: boolean
    }

/**
 * `initial`: the dataset already loaded and checked (src/main.tsx does, before it hydrates the
 * prerendered page): the first render is the page, and only the basemap is still to come. Or
 * the message of that load's failure: the first render is the error, with Try again.
 */
export function useDataset(initial?: Dataset | { error: string }): [DatasetState, () => void] {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<DatasetState>(() =>
    initial === undefined
      ? { status: 'loading' }
      : 'error' in initial
        ? { status: 'error', message: initial.error }
        : { status: 'ready', dataset: initial, basemap: undefined, basemapPending: true },
  )
  useEffect(
    function load() {
      const given = attempt === 0 ? initial : undefined
      // The failed first load is on the page already; Try again starts the next attempt.
      if (given && 'error' in given) return
      let live = true
      let basemap: { value: Basemap | undefined } | undefined
      void loadBasemap().then((value) => {
        basemap = { value }
        // A transition: it must not redraw a prerendered part still waiting for its code
        // (src/app/shell.tsx); the clinics are on the map meanwhile.
        if (live)
          startTransition(() =>
            setState((s) =>
              s.status === 'ready' ? { ...s, basemap: value, basemapPending: false } : s,
            ),
          )
      })
      if (given) return ignoreLateAnswer
      loadDataset().then(
        (dataset) =>
          live &&
          setState({
            status: 'ready',
            dataset,
            basemap: basemap?.value,
            basemapPending: basemap === undefined,
          }),
        (e: unknown) =>
          live &&
          setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      )
      return ignoreLateAnswer
      function ignoreLateAnswer() {
        live = false
      }
    },
    // `initial` is read on the first attempt only; a retry loads afresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [attempt],
  )
  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  return [state, retry]
}
