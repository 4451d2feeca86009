/**
 * Publishes several generated files as one unit (the GeoJSON, the README coverage block, the
 * public CSV): after a crash at any point, the next build or check finds them all old or all
 * new. POSIX renames one file atomically, not two, so a commit marker says when the new set is
 * complete:
 *
 *   1. each new file is written and fsynced beside its target as `<target>.build-new`;
 *   2. the marker `.build-commit.json` (the list, with each new file's hash) is written to a
 *      temp file, fsynced and renamed into place: from here on the new set is the truth;
 *   3. each `.build-new` is renamed over its target; the folder is fsynced; the marker removed.
 *
 * `recoverInterruptedBuild` runs first in every build and check: with a marker it finishes the
 * renames (roll forward); without one it deletes `.build-new` leftovers (roll back, the targets
 * were never touched). Every write replaces the target by rename, never in place, so a reader
 * holding the old file keeps reading it whole.
 */
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { dirname, join, relative } from 'node:path'

const MARKER_NAME = '.build-commit.json'
const NEW_SUFFIX = '.build-new'

/** A file to publish: `name` relative to the data folder. */
export interface Output {
  name: string
  text: string
}

/**
 * Called at each step with its name (`write clinics.geojson`, `half clinics.geojson`, `marker`,
 * `rename README.md`, `done`): tests crash or fail there. Production passes none.
 */
export type StepHook = (step: string) => void

interface Marker {
  files: { name: string; sha256: string; before: string | null }[]
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

function hashOf(path: string): string | null {
  return existsSync(path) ? sha256(readFileSync(path)) : null
}

function fsyncPath(path: string) {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Writes and fsyncs a file in two halves (the hook runs between them). */
function writeDurable(path: string, text: string, step: StepHook, name: string) {
  const bytes = Buffer.from(text)
  const half = Math.floor(bytes.length / 2)
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, bytes, 0, half)
    step(`half ${name}`)
    writeSync(fd, bytes, half, bytes.length - half)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Publishes every output, or none of them (see the scheme above). */
export function publishTogether(dir: string, outputs: Output[], step: StepHook = () => {}) {
  const marker: Marker = { files: [] }
  for (const o of outputs) {
    const target = join(dir, o.name)
    mkdirSync(dirname(target), { recursive: true })
    writeDurable(target + NEW_SUFFIX, o.text, step, o.name)
    step(`write ${o.name}`)
    marker.files.push({ name: o.name, sha256: sha256(o.text), before: hashOf(target) })
  }
  const markerPath = join(dir, MARKER_NAME)
  writeDurable(`${markerPath}.tmp`, `${JSON.stringify(marker, null, 2)}\n`, step, MARKER_NAME)
  renameSync(`${markerPath}.tmp`, markerPath)
  fsyncPath(dir)
  step('marker')
  for (const o of outputs) {
    renameSync(join(dir, o.name) + NEW_SUFFIX, join(dir, o.name))
    step(`rename ${o.name}`)
  }
  for (const d of new Set(outputs.map((o) => dirname(join(dir, o.name))))) fsyncPath(d)
  unlinkSync(markerPath)
  step('done')
}

/**
 * Finishes or undoes a publish that a crash interrupted; returns what it did, one line each
 * (nothing when there was nothing to do). `names` are the outputs a build publishes.
 */
export function recoverInterruptedBuild(dir: string, names: readonly string[]): string[] {
  const markerPath = join(dir, MARKER_NAME)
  const said: string[] = []
  const shown = (p: string) => relative(process.cwd(), p) || p
  if (existsSync(markerPath)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8')) as Marker
    for (const f of marker.files) {
      const target = join(dir, f.name)
      const temp = target + NEW_SUFFIX
      if (!existsSync(temp)) continue // renamed before the crash
      if (hashOf(temp) !== f.sha256) throw new Error(`${shown(temp)} is damaged; delete it`)
      if (hashOf(target) === f.before) renameSync(temp, target)
      else {
        // Edited by hand since the crash: keep the edit; this build rewrites what it generates.
        unlinkSync(temp)
        said.push(`${shown(target)} changed after the interrupted build; kept as it is.`)
      }
    }
    for (const d of new Set(marker.files.map((f) => dirname(join(dir, f.name))))) fsyncPath(d)
    unlinkSync(markerPath)
    said.unshift(`Finished the data build interrupted earlier (${shown(markerPath)}).`)
    return said
  }
  let rolledBack = false
  for (const temp of [...names.map((n) => join(dir, n) + NEW_SUFFIX), `${markerPath}.tmp`])
    if (existsSync(temp)) {
      unlinkSync(temp)
      rolledBack = true
    }
  if (rolledBack)
    said.push(
      'Removed the unfinished files of a data build interrupted earlier (nothing had been published).',
    )
  return said
}
