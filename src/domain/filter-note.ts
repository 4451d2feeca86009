/** The frame note of a filtered still (its own module: only screenshot mode loads it). */
import type { Filters } from './filters.ts'

/**
 * What a filtered or searched view leaves out, for the frame of a still:
 * `'Filtered: clinics matching “lakeville”; 3 of 39 sites shown'`, or `undefined` unfiltered.
 */
export function filterNote(
  f: Filters,
  all: { statuses: number; kinds: number; evidence: number },
  shown: number,
  total: number,
): string | undefined {
  const parts: string[] = []
  const q = f.q.trim()
  if (q) parts.push(`clinics matching “${q}”`)
  if (f.statuses.length < all.statuses) parts.push('some statuses hidden')
  if (f.kinds.length < all.kinds) parts.push('some kinds of care hidden')
  if (f.evidence.length < all.evidence) parts.push('some evidence levels hidden')
  if (parts.length === 0) return undefined
  return `Filtered: ${parts.join(', ')}; ${shown} of ${total} sites shown`
}
