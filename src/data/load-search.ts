/**
 * Loads the search engine on the first search (focus or first keystroke, or a shared `?q=`
 * link): the matcher's code and public/places.json, neither of which is in the first view.
 * A failed places file leaves clinic names searchable and says why towns and ZIPs are not.
 */
import type { ClinicFeature, Summary } from '../domain/clinic-schema.ts'
import type { SearchEngine } from '../domain/search-engine.ts'

/** One engine per dataset: the first search starts the download, later ones wait for it. */
const loading = new WeakMap<readonly ClinicFeature[], Promise<SearchEngine>>()

export function loadSearch(
  features: readonly ClinicFeature[],
  summary: Summary,
): Promise<SearchEngine> {
  const started = loading.get(features)
  if (started) return started
  const engine = (async () => {
    const { createEngine, readPlaces } = await import('../domain/search-engine.ts')
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}places.json`)
      if (!response.ok) throw new Error(`the list of places answered ${response.status}`)
      return createEngine(features, summary, readPlaces(await response.json()))
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error)
      return createEngine(features, summary, [], why)
    }
  })()
  loading.set(features, engine)
  return engine
}
