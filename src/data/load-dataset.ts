/**
 * Loads the published dataset and checks it against the shared schema before anything is drawn.
 * One of the data layer's three loaders (the dataset, the basemap, the search index), each the only
 * place its file is fetched. A failure becomes a {@link DatasetError} whose message a reader
 * can act on.
 *
 * zod (about 9 KB gzipped) stays out of the first view's bundle: {@link loadDataset} imports the
 * schema on demand *while* the data downloads, then checks, so a damaged or hand-edited file is
 * refused before its first draw (it used to be drawn for a moment before a late check) at the
 * cost of one small request made in parallel, not in series. The data build checks the
 * committed file with the same schema, so on the published site the check always passes.
 */
import type { Dataset } from '../domain/clinic-schema.ts'
import { loadChunk } from './chunk-recovery.ts'
import { fetchWithin, LOAD_TIMEOUT_MS, TimeoutError, within } from './fetch-within.ts'

type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'schema'

class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  constructor(kind: DatasetErrorKind, message: string) {
    super(message)
    this.kind = kind
    this.name = 'DatasetError'
  }
}

/** The dataset's URL under the site's base path (works from any GitHub Pages sub-path). */
function datasetUrl(base: string = import.meta.env.BASE_URL): string {
  return `${base}data/clinics.geojson`
}

const tooSlow = (what: string) =>
  new DatasetError(
    'timeout',
    `The clinic data is taking too long to ${what}. Check your connection and try again.`,
  )

async function readJson(response: Response): Promise<unknown> {
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

/**
 * Fetches the dataset and reads its JSON within `ms`, unchecked: pass the result to
 * {@link checkDataset}, or use {@link loadDataset}.
 */
async function fetchDataset(
  url = datasetUrl(),
  fetcher: typeof fetch = fetch,
  ms = LOAD_TIMEOUT_MS,
): Promise<unknown> {
  try {
    return await fetchWithin(url, { cache: 'no-cache' }, readJson, ms, fetcher)
  } catch (e) {
    if (e instanceof DatasetError) throw e
    if (e instanceof TimeoutError) throw tooSlow('arrive')
    throw new DatasetError(
      'network',
      'The clinic data could not be downloaded. Check your connection and try again.',
    )
  }
}

type SchemaModule = typeof import('../domain/clinic-schema.ts')

/** The schema's chunk, within `ms`; a redeploy that renamed it reloads the page (loadChunk). */
async function loadSchema(ms = LOAD_TIMEOUT_MS): Promise<SchemaModule> {
  try {
    return await within(
      loadChunk(() => import('../domain/clinic-schema.ts')),
      ms,
      'the schema',
    )
  } catch (e) {
    if (e instanceof TimeoutError) throw tooSlow('be checked')
    throw new DatasetError(
      'network',
      'The clinic data could not be checked. Check your connection and try again.',
    )
  }
}

function parse(json: unknown, schema: SchemaModule): Dataset {
  const parsed = schema.DatasetSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.join('.')}: ${first.message})` : ''
    throw new DatasetError('schema', `The clinic data is not in the expected format${where}.`)
  }
  return parsed.data
}

/**
 * Fetches and fully validates the dataset, the download and the schema's chunk in parallel:
 * `await loadDataset()` resolves to the collection, or rejects with a {@link DatasetError}.
 */
export async function loadDataset(
  url = datasetUrl(),
  fetcher: typeof fetch = fetch,
  ms = LOAD_TIMEOUT_MS,
): Promise<Dataset> {
  const [json, schema] = await Promise.all([fetchDataset(url, fetcher, ms), loadSchema(ms)])
  return parse(json, schema)
}
