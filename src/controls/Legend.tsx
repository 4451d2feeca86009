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

/** What the fills, the faint marks and the ring mean, drawn as the map draws them. */
export function LegendKey({ className = 'legend-key' }: { className?: string }) {
  return (
    <ul className={className} aria-label="How to read the symbols">
      <li>
        <StatusSymbol status="struck" evidence="confirmed" />
        Solid: confirmed by a source
      </li>
      <li>
        <StatusSymbol status="probably_struck" evidence="inferred" />
        Hollow: inferred, no source names it
      </li>
      <li>
        <StatusSymbol status="not_known" evidence="unverified" />
        Faint: older records only, not counted
      </li>
      <li>
        <StatusSymbol status="struck" approximate />
        Dashed ring: approximate position (town centre or pre-{CURRENT_SINCE_YEAR} address)
      </li>
    </ul>
  )
}
