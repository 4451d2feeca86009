import { memo } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { coverageOf, coverageSentences, shortCoverage } from '../domain/coverage.ts'
import './coverage.css'

/**
 * How much of the strike the map shows, and why the rest is missing, placed right above the map
 * in every layout (page, embed, still, share card) so nobody reads the map as the whole strike.
 * Numbers from the features (src/domain/coverage.ts), never typed.
 * Memoised: its only input is the dataset, so a date step does not rebuild its text.
 */
export const CoverageLine = memo(function CoverageLine({ dataset }: { dataset: Dataset }) {
  const coverage = coverageOf(dataset.features, dataset.summary)
  const { lead, why } = coverageSentences(coverage)
  const short = shortCoverage(coverage)
  // Phones show the short form (coverage.css): the same numbers in fewer lines, so the map still
  // starts on the first screen. display:none keeps either from being read twice.
  return (
    <p className="coverage-line" data-testid="coverage" data-still="coverage">
      <span className="coverage-line__full">
        <strong>{lead}</strong> {why}
      </span>
      <span className="coverage-line__short">
        <strong>{short.lead}</strong> {short.why}
      </span>
    </p>
  )
})
