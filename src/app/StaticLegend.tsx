import type { Status } from '../domain/timeline.ts'
import { STATUSES } from '../domain/timeline.ts'
import { STATUS_SYMBOLS } from '../domain/symbols.ts'
import { StatusSymbol } from '../controls/StatusSymbol.tsx'

/**
 * The legend as a picture, for screenshots, saved images and print: the statuses on the map
 * with their counts, and what solid, hollow and dashed mean. No controls.
 */
export function StaticLegend({ counts }: { counts: Record<Status, number> }) {
  return (
    <div className="static-legend">
      <ul className="static-legend__statuses">
        {STATUSES.filter((s) => counts[s] > 0).map((s) => (
          <li key={s}>
            <StatusSymbol status={s} size={16} /> {STATUS_SYMBOLS[s].label} ({counts[s]})
          </li>
        ))}
      </ul>
      <ul className="static-legend__key">
        <li>
          <StatusSymbol status="struck" evidence="confirmed" size={13} /> confirmed by a source
        </li>
        <li>
          <StatusSymbol status="struck" evidence="inferred" size={13} /> probably (inferred)
        </li>
        <li>
          <StatusSymbol status="struck" evidence="confirmed" size={13} approximate /> approximate
          location
        </li>
      </ul>
    </div>
  )
}
