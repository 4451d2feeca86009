/**
 * The search's state: the engine (loaded on first use), the reader's position from Near me
 * (memory only: never in the URL, gone on reload), and what the map and list show.
 */
import { useCallback, useEffect, useState } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import type { ClinicView } from '../domain/filters.ts'
import type { DevicePosition, Outcome, SearchEngine } from '../domain/search-engine.ts'
import { loadSearch } from '../data/load-search.ts'

export interface Search {
  engine: SearchEngine | undefined
  /** Starts loading the engine: on focus, on the first keystroke, or for a shared `?q=`. */
  load(): void
  device: DevicePosition | undefined
  setDevice(position: DevicePosition | undefined): void
  /** What the search shows among `views`; undefined until the engine is loaded, or when idle. */
  outcomeFor(views: readonly ClinicView[]): Outcome | undefined
}

export function useSearch(dataset: Dataset, query: string): Search {
  const [engine, setEngine] = useState<SearchEngine>()
  const [device, setDevice] = useState<DevicePosition>()
  const load = useCallback(() => {
    void loadSearch(dataset.features, dataset.summary).then(setEngine)
  }, [dataset])
  useEffect(
    function loadForSharedQuery() {
      if (query.trim() !== '') load()
    },
    [query, load],
  )
  const outcomeFor = useCallback(
    (views: readonly ClinicView[]) =>
      engine && (device || query.trim() !== '') ? engine.outcome(query, device, views) : undefined,
    [engine, query, device],
  )
  return { engine, load, device, setDevice, outcomeFor }
}
