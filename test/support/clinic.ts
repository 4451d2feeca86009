import type { ClinicFeature, ClinicProperties } from '../../src/domain/clinic-schema.ts'

/** A valid clinic for tests; override only what a test is about. */
export function clinic(
  overrides: Partial<ClinicProperties> = {},
  lonLat: [number, number] = [-93.2, 45],
): ClinicFeature {
  const properties: ClinicProperties = {
    id: 'test-clinic',
    name: 'Allina Health Test Clinic',
    name_basis: 'pattern',
    kind: 'primary_care',
    city: 'Blaine',
    state: 'MN',
    precision: 'city',
    coord_source: 'Centre of Blaine',
    evidence: 'unverified',
    evidence_reason: 'Test.',
    picketed_on: [],
    sources: ['https://example.org/'],
    row_updated: '2026-01-01',
    ...overrides,
  }
  return {
    type: 'Feature',
    id: properties.id,
    geometry: { type: 'Point', coordinates: lonLat },
    properties,
  }
}
