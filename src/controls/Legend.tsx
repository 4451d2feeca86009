import type { LegendModel } from '../domain/legend.ts'
import { CURRENT_SINCE_YEAR } from '../domain/story.ts'
import { STATUSES, type Status } from '../domain/timeline.ts'
import { CheckboxGroup } from './CheckboxGroup.tsx'
import { StatusSymbol } from './StatusSymbol.tsx'
import './controls.css'

interface LegendProps {
  selected: readonly Status[]
  /** Heading, counts and dated names for this date, under the other filters (domain/legend.ts). */
  legend: LegendModel
  onChange(next: readonly Status[]): void
}

/**
 * The map legend, which is also the status filter: one checkbox per status with its symbol and
 * live count ("Probably struck (12)"), under a heading that says what the counts are on this
 * date; then a key to the fills and the approximate-position ring.
 */
export function Legend({ selected, legend, onChange }: LegendProps) {
  return (
    <div className="legend">
      <CheckboxGroup
        legend={legend.title}
        className="legend-statuses"
        options={STATUSES}
        selected={selected}
        onChange={onChange}
        renderLabel={(status) => (
          <>
            <StatusSymbol status={status} evidence={legend.evidence[status]} />
            <span
              className={legend.counts[status] === 0 ? 'legend-label is-empty' : 'legend-label'}
            >
              {legend.labels[status]} ({legend.counts[status]})
            </span>
          </>
        )}
      />
      <LegendKey />
    </div>
  )
}

/** The key's lines: full in the legend, short in the static key of a still (less map lost). */
const KEY_TEXT = {
  full: [
    'Solid: confirmed by a source',
    'Hollow: inferred, not named by a source',
    'Small and faint: older records only, not counted',
    `Dashed ring: approximate position (a town centre, or an address from before ${CURRENT_SINCE_YEAR})`,
  ],
  compact: [
    'Solid: confirmed',
    'Hollow: inferred',
    'Faint: not counted',
    `Dashed ring: approximate position (town centre or pre-${CURRENT_SINCE_YEAR} address)`,
  ],
} as const

/** What the fills, the faint marks and the ring mean, drawn as the map draws them. */
export function LegendKey({
  className = 'legend-key',
  compact = false,
}: {
  className?: string
  compact?: boolean
}) {
  const [solid, hollow, faint, ring] = KEY_TEXT[compact ? 'compact' : 'full']
  return (
    <ul className={className} aria-label="How to read the symbols">
      <li>
        <StatusSymbol status="struck" evidence="confirmed" />
        {solid}
      </li>
      <li>
        <StatusSymbol status="probably_struck" evidence="inferred" />
        {hollow}
      </li>
      <li>
        <StatusSymbol status="not_known" evidence="unverified" />
        {faint}
      </li>
      <li>
        <StatusSymbol status="struck" approximate />
        {ring}
      </li>
    </ul>
  )
}
