import type { Dataset } from '../domain/clinic-schema.ts'
import { coverageOf, coverageSentences } from '../domain/coverage.ts'
import './coverage.css'

/**
 * How much of the strike the map shows, and why the rest is missing, placed right above the map
 * in every layout (page, embed, still, share card) so nobody reads the map as the whole strike.
 * Numbers from the features (src/domain/coverage.ts), never typed.
 */
export function CoverageLine({ dataset }: { dataset: Dataset }) {
  const { lead, why } = coverageSentences(coverageOf(dataset.features, dataset.summary))
  return (
    <p className="coverage-line" data-testid="coverage">
      <strong>{lead}</strong> {why}
    </p>
  )
}
