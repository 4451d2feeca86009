/**
 * Loads the published dataset and checks it against the shared schema. The only module that
 * does I/O. A failure becomes a {@link DatasetError} whose message a reader can act on.
 *
 * The check is split in two so zod (about 9 KB gzipped, most of the app's own weight) stays out
 * of the first view's bundle: {@link fetchDataset} reads the JSON and {@link isDatasetShaped}
 * guards the few fields the page needs to draw, then {@link checkDataset} loads the schema on
 * demand and runs the full check while the map is already drawing. The data build checks the
 * committed file with the same schema, so on the published site the late check always passes; a
 * damaged or hand-edited file still ends with the reader seeing its readable error.
 */
import type { Dataset } from '../domain/clinic-schema.ts'

export type DatasetErrorKind = 'network' | 'http' | 'json' | 'schema'

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  constructor(kind: DatasetErrorKind, message: string) {
    super(message)
    this.kind = kind
    this.name = 'DatasetError'
  }
}

/** The dataset's URL under the site's base path (works from any GitHub Pages sub-path). */
export function datasetUrl(base: string = import.meta.env.BASE_URL): string {
  return `${base}data/clinics.geojson`
}

/** Fetches the dataset and reads its JSON, unchecked: pass the result to {@link checkDataset}. */
export async function fetchDataset(
  url = datasetUrl(),
  fetcher: typeof fetch = fetch,
): Promise<unknown> {
  let response: Response
  try {
    response = await fetcher(url, { cache: 'no-cache' })
  } catch {
    throw new DatasetError(
      'network',
      'The clinic data could not be downloaded. Check your connection and try again.',
    )
  }
  if (!response.ok) {
    throw new DatasetError(
      'http',
      `The clinic data could not be loaded (the server answered ${response.status}).`,
    )
  }
  try {
    return await response.json()
  } catch {
    throw new DatasetError('json', 'The clinic data arrived damaged (it is not valid JSON).')
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * A cheap guard, not the schema: true when the JSON has the containers the page reads first
 * (features, events, the summary's counts), so a wrong file is refused before it is drawn.
 */
export function isDatasetShaped(json: unknown): json is Dataset {
  return (
    isObject(json) &&
    json.type === 'FeatureCollection' &&
    Array.isArray(json.features) &&
    Array.isArray(json.events) &&
    isObject(json.summary) &&
    isObject(json.summary.reported) &&
    isObject(json.summary.by_evidence) &&
    isObject(json.summary.by_precision)
  )
}

/** Checks fetched JSON against the shared schema, loaded on demand; resolves to the dataset. */
export async function checkDataset(json: unknown): Promise<Dataset> {
  let schema: typeof import('../domain/clinic-schema.ts')
  try {
    schema = await import('../domain/clinic-schema.ts')
  } catch {
    throw new DatasetError(
      'network',
      'The clinic data could not be checked. Check your connection and try again.',
    )
  }
  const parsed = schema.DatasetSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.join('.')}: ${first.message})` : ''
    throw new DatasetError('schema', `The clinic data is not in the expected format${where}.`)
  }
  return parsed.data
}

/** Fetches and fully validates the dataset: `await loadDataset()` resolves to the collection. */
export async function loadDataset(
  url = datasetUrl(),
  fetcher: typeof fetch = fetch,
): Promise<Dataset> {
  return checkDataset(await fetchDataset(url, fetcher))
}
