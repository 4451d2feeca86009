/**
 * Loads the published dataset and checks it against the shared schema. The only module that
 * does I/O. A failure becomes a {@link DatasetError} whose message a reader can act on.
 */
import { DatasetSchema, type Dataset } from '../domain/clinic-schema.ts'

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

/** Fetches and validates the dataset: `await loadDataset()` resolves to the parsed collection. */
export async function loadDataset(
  url = datasetUrl(),
  fetcher: typeof fetch = fetch,
): Promise<Dataset> {
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
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new DatasetError('json', 'The clinic data arrived damaged (it is not valid JSON).')
  }
  const parsed = DatasetSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.join('.')}: ${first.message})` : ''
    throw new DatasetError('schema', `The clinic data is not in the expected format${where}.`)
  }
  return parsed.data
}
