import type { LegendModel } from '../domain/legend.ts'
import { STATUSES } from '../domain/timeline.ts'
import { LegendKey } from '../controls/Legend.tsx'
import { StatusSymbol } from '../controls/StatusSymbol.tsx'

/**
 * The legend as a picture, for screenshots, saved images and print: what the counts are on this
 * date, the statuses on the map with their counts and dated names, and the same key as the
 * interactive legend (one encoding, src/domain/symbols.ts). No controls.
 */
export function StaticLegend({ legend }: { legend: LegendModel }) {
  return (
    <div className="static-legend" data-still="legend">
      <ul className="static-legend__statuses">
        <li className="static-legend__title">{legend.title}:</li>
        {STATUSES.filter((s) => legend.counts[s] > 0).map((s) => (
          <li key={s} data-status={s}>
            <StatusSymbol status={s} evidence={legend.evidence[s]} /> {legend.labels[s]} (
            {legend.counts[s]})
          </li>
        ))}
      </ul>
      <LegendKey className="static-legend__key" />
    </div>
  )
}
