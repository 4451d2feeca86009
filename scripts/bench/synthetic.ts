/**
 * Synthetic clinics for the benchmark and the many-clinics test: `count` copies of the real
 * clinics (so every row passes the shared schema's cross-field rules), each with its own id, a
 * numbered name and a random position inside the story's REGION. Seeded, so every run draws the
 * same map. Pure: no I/O, runs in Node and in the browser.
 *
 * @example
 *   const big = syntheticDataset(realDataset, 10_000)
 *   DatasetSchema.parse(big) // passes
 */
import type { ClinicFeature, Dataset } from '../../src/domain/clinic-schema.ts'
import { REGION } from '../../src/domain/story.ts'

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Keeps points off the region's edges, where the schema's bound check would be at its limit. */
const INSET = 0.05

const round6 = (x: number) => Math.round(x * 1e6) / 1e6

/** `count` synthetic clinics modelled on `base`'s, with its events and summary. */
export function syntheticDataset(base: Dataset, count: number, seed = 1): Dataset {
  const random = seeded(seed)
  const models = base.features
  if (models.length === 0) throw new Error('syntheticDataset needs at least one real clinic')
  const span = (lo: number, hi: number) => lo + INSET + random() * (hi - lo - 2 * INSET)
  const features = Array.from({ length: count }, (_, i): ClinicFeature => {
    const model = models[i % models.length] as ClinicFeature
    const id = `synthetic-${i + 1}`
    const lon = round6(span(REGION.west, REGION.east))
    const lat = round6(span(REGION.south, REGION.north))
    return {
      ...model,
      id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        ...model.properties,
        id,
        name: `${model.properties.name} ${i + 1}`,
        // Long notes would make a 10,000-clinic file tens of megabytes; one source is enough.
        notes: undefined,
        sources: model.properties.sources.slice(0, 1),
      },
    }
  })
  return { ...base, summary: { ...base.summary, total: count }, features }
}
