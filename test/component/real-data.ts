// The committed dataset, for tests that should see what readers see. It is fetched rather than
// imported with ?raw because vite.config.ts serves any URL ending in /data/clinics.geojson as the
// raw file, which would break the module import.
import { DatasetSchema, type Dataset } from '../../src/domain/clinic-schema.ts'
import { readCsv } from '../../scripts/lib/csv.ts'

let cached: Promise<Dataset> | undefined

/** The parsed data/clinics.geojson (fetched once per test file). */
export function realDataset(): Promise<Dataset> {
  cached ??= fetch('/data/clinics.geojson')
    .then((r) => r.json())
    .then((json: unknown) => DatasetSchema.parse(json))
  return cached
}

/**
 * The rows of a data/ CSV file as the editor wrote them, so a test's expected numbers come from
 * the source files rather than from the built dataset it is checking.
 */
export async function csvRows(
  name: 'clinics.csv' | 'events.csv',
): Promise<Record<string, string>[]> {
  const response = await fetch(`/data/${name}`)
  if (!response.ok) throw new Error(`/data/${name}: ${response.status}`)
  return readCsv(await response.text()).rows.map((r) => r.values)
}
