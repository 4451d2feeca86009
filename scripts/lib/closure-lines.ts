/** The closures' effect as the README's generated block states it (see src/domain/nearest.ts). */
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { formatMiles } from '../../src/domain/geo.ts'

export function closureLines(d: Dataset): string {
  const name = (id: string) => d.features.find((f) => f.id === id)?.properties.name ?? id
  const effects = d.summary.closure_effects ?? []
  return [
    'What the closures changed: for each closure, the nearest remaining clinic (confirmed or inferred, no closure recorded) and the added straight-line distance for someone next door to the closed one. Not travel time; "about" where a position is a town centre or ZIP centroid; only clinics in this dataset.',
    ...effects.map((e) => {
      const closed = d.features.find((f) => f.id === e.closed)?.properties
      const when =
        closed?.closed_basis === 'scheduled'
          ? `scheduled to close ${closed.closed_on}`
          : `closed ${closed?.closed_on}`
      return `  ${name(e.closed)} (${when}) -> ${name(e.nearest)}: ${formatMiles(e.miles, e.approximate)}`
    }),
  ].join('\n')
}
