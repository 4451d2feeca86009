/** The coverage summary an editor reads after `npm run data`, computed from the dataset. */
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { CURRENT_SINCE_YEAR } from '../../src/domain/story.ts'

export function formatSummary(d: Dataset): string {
  const s = d.summary
  const e = s.by_evidence
  return [
    `Dataset updated ${s.updated}: ${s.total} sites, ${d.events.length} events.`,
    `Strike: ${s.identified} of the ${s.reported.struck} struck clinics identified (${e.confirmed} confirmed by a source, ${e.inferred} inferred).`,
    `Not counted: ${e.unverified} unverified (not shown open since ${CURRENT_SINCE_YEAR}, or not shown to give primary or urgent care), ${e.unlikely} unlikely, ${e.closed_before} closed before the strike.`,
    `Closures: ${s.closures} of the ${s.reported.closures} reported.`,
    `Locations: ${s.by_precision.point} sourced points, ${s.by_precision.zip} ZIP centroids, ${s.by_precision.city} city centres.`,
    ...(s.reported.disagreeing ?? []).map(
      (m) => `Disagreeing count, not used: ${m.measure} ${m.value} (${m.note})`,
    ),
    ...(d.changes
      ? [`Changes logged: ${d.changes.length}, newest ${d.changes[0]?.date ?? 'none'}.`]
      : []),
  ].join('\n')
}
