/**
 * `npm run data` warns when clinic rows changed but data/changes.csv gained no entry: readers
 * are promised a dated log of every change, and an editor at 11 p.m. forgets. It compares the
 * new dataset with the committed GeoJSON; a warning, not an error, so a fix is never blocked.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { Dataset } from '../../src/domain/clinic-schema.ts'

/**
 * The GeoJSON as last committed (`git show HEAD:`), so running the build twice does not hide an
 * unlogged edit; outside a git checkout, or for a file git does not know, the file on disk.
 */
export function readCommitted(target: string): Pick<Dataset, 'features' | 'changes'> | undefined {
  try {
    const text = execFileSync('git', ['show', `HEAD:./${basename(target)}`], {
      cwd: dirname(target),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return JSON.parse(text) as Dataset
  } catch {
    return existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')) as Dataset) : undefined
  }
}

function byId(d: Pick<Dataset, 'features'>): Map<string, string> {
  return new Map(d.features.map((f) => [f.id, JSON.stringify([f.geometry, f.properties])]))
}

/** The ids added, removed or changed since `committed`, or [] when nothing moved. */
function changedClinicIds(committed: Pick<Dataset, 'features'>, next: Dataset): string[] {
  const before = byId(committed)
  const after = byId(next)
  const ids = new Set([...before.keys(), ...after.keys()])
  return [...ids].filter((id) => before.get(id) !== after.get(id)).sort()
}

/** A warning line, or undefined when rows are unchanged or the log has a new entry. */
export function unloggedChangeWarning(
  committed: Pick<Dataset, 'features' | 'changes'> | undefined,
  next: Dataset,
  changesFile = 'data/changes.csv',
): string | undefined {
  if (!committed) return undefined
  const changed = changedClinicIds(committed, next)
  if (changed.length === 0) return undefined
  const logged = new Set((committed.changes ?? []).map((c) => JSON.stringify(c)))
  const added = (next.changes ?? []).filter((c) => !logged.has(JSON.stringify(c)))
  if (added.length > 0) return undefined
  const shown = changed.slice(0, 8).join(', ') + (changed.length > 8 ? ', ...' : '')
  return `warning: ${changed.length} clinic row(s) changed (${shown}) but ${changesFile} has no new entry; add a line saying what changed, for whom, and on what source`
}
