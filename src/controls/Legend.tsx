import { STATUS_SYMBOLS } from '../domain/symbols.ts'
import { STATUSES, type Status } from '../domain/timeline.ts'
import { CheckboxGroup } from './CheckboxGroup.tsx'
import { StatusSymbol } from './StatusSymbol.tsx'
import './controls.css'

interface LegendProps {
  selected: readonly Status[]
  /** How many clinics each status would show on this date, under the other filters. */
  counts: Record<Status, number>
  onChange(next: readonly Status[]): void
}

/**
 * The map legend, which is also the status filter: one checkbox per status with its symbol and
 * live count ("Struck (20)"), then a key to the fills and the approximate-location ring.
 */
export function Legend({ selected, counts, onChange }: LegendProps) {
  return (
    <div className="legend">
      <CheckboxGroup
        legend="Status on this date"
        className="legend-statuses"
        options={STATUSES}
        selected={selected}
        onChange={onChange}
        renderLabel={(status) => (
          <>
            <StatusSymbol status={status} />
            <span className={counts[status] === 0 ? 'legend-label is-empty' : 'legend-label'}>
              {STATUS_SYMBOLS[status].label} ({counts[status]})
            </span>
          </>
        )}
      />
      <LegendKey />
    </div>
  )
}

/** What the fills and the ring mean; shown with a struck circle so only the style varies. */
function LegendKey() {
  return (
    <ul className="legend-key" aria-label="How to read the symbols">
      <li>
        <StatusSymbol status="struck" evidence="confirmed" size={16} />
        Solid: confirmed by a source
      </li>
      <li>
        <StatusSymbol status="struck" evidence="inferred" size={16} />
        Hollow: inferred (“probably struck”)
      </li>
      <li>
        <StatusSymbol status="struck" evidence="unverified" size={16} />
        Faint: not counted (unverified or unlikely)
      </li>
      <li>
        <StatusSymbol status="struck" size={16} approximate />
        Dashed ring: approximate location (city or ZIP centre)
      </li>
    </ul>
  )
}
