// The committed dataset, for tests that should see what readers see. It is fetched rather than
// imported with ?raw because vite.config.ts serves any URL ending in /data/clinics.geojson as the
// raw file, which would break the module import.
import { DatasetSchema, type Dataset } from '../../src/domain/clinic-schema.ts'

let cached: Promise<Dataset> | undefined

/** The parsed data/clinics.geojson (fetched once per test file). */
export function realDataset(): Promise<Dataset> {
  cached ??= fetch('/data/clinics.geojson')
    .then((r) => r.json())
    .then((json: unknown) => DatasetSchema.parse(json))
  return cached
}
