/**
 * The dataset's change log (`changes`, a GeoJSON foreign member written from data/changes.csv by
 * the data build), read defensively: an older file without it, or a damaged entry, shows nothing
 * rather than breaking the page (the full schema check reports damage separately).
 */
export interface ChangeEntry {
  date: string
  clinic_ids: string[]
  what_changed: string
  sources: string[]
}

function isEntry(v: unknown): v is ChangeEntry {
  if (typeof v !== 'object' || v === null) return false
  const e = v as Record<string, unknown>
  return (
    typeof e.date === 'string' &&
    typeof e.what_changed === 'string' &&
    Array.isArray(e.clinic_ids) &&
    e.clinic_ids.every((id) => typeof id === 'string') &&
    Array.isArray(e.sources) &&
    e.sources.every((s) => typeof s === 'string')
  )
}

/** The valid entries, newest first; `[]` when the member is absent. */
export function readChanges(dataset: object): ChangeEntry[] {
  const raw = (dataset as { changes?: unknown }).changes
  if (!Array.isArray(raw)) return []
  return raw.filter(isEntry).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}
