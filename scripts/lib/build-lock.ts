/**
 * One data build at a time per data folder. `data/.build.lock` holds the running build's pid;
 * a second build waits for it (up to a limit) and then stops with a message saying what to do.
 * A lock left by a build that died (its pid is gone) is taken over. Scheme and limits:
 * docs/data-build-hardening.md.
 */
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { hostname } from 'node:os'
import { join, relative } from 'node:path'

const LOCK_NAME = '.build.lock'

/** A lock file with no readable pid (a build killed while creating it) is stale after this. */
const UNREADABLE_STALE_MS = 5_000
const POLL_MS = 100

interface Holder {
  pid: number
  host: string
  started: string
}

export class BuildLockedError extends Error {}

export interface BuildLock {
  /** True while the lock file still names this process (checked before publishing). */
  isHeld(): boolean
  release(): void
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>
    return typeof h.pid === 'number' && typeof h.host === 'string'
      ? { pid: h.pid, host: h.host, started: String(h.started ?? '') }
      : undefined
  } catch {
    return undefined
  }
}

function isStale(path: string, holder: Holder | undefined): boolean {
  if (!holder) {
    try {
      return Date.now() - statSync(path).mtimeMs > UNREADABLE_STALE_MS
    } catch {
      return true
    }
  }
  // Another machine's pid cannot be checked (a shared folder): never taken over.
  return holder.host === hostname() && !isAlive(holder.pid)
}

/** Moves a stale lock aside; puts it back if, in a race, it was a fresh one. */
function takeOver(path: string, seen: Holder | undefined) {
  const aside = `${path}.stale-${process.pid}`
  try {
    renameSync(path, aside)
  } catch {
    return // another build took it over first
  }
  const moved = readHolder(aside)
  if (moved && seen && moved.pid !== seen.pid) {
    try {
      linkSync(aside, path)
    } catch {
      // a third build holds the path now; it is the holder
    }
  }
  unlinkSync(aside)
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Takes the lock for `dir`, waiting up to `waitMs` for a running build; throws
 * BuildLockedError with the message to print when it cannot.
 */
export function acquireBuildLock(
  dir: string,
  waitMs: number,
  out: (line: string) => void,
): BuildLock {
  const path = join(dir, LOCK_NAME)
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() }
  const deadline = Date.now() + waitMs
  let told = false
  for (;;) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, `${JSON.stringify(me)}\n`)
      closeSync(fd)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = readHolder(path)
    if (isStale(path, holder)) {
      takeOver(path, holder)
      continue
    }
    const who = holder ? `pid ${holder.pid}, started ${holder.started}` : 'starting up'
    const shown = relative(process.cwd(), path) || path
    if (Date.now() >= deadline)
      throw new BuildLockedError(
        `${shown}: another data build is running (${who}); nothing was written. Wait for it to finish, then run npm run data again. If no build is running, delete ${shown}.`,
      )
    if (!told) out(`${shown}: waiting for another data build (${who}) to finish...`)
    told = true
    sleep(POLL_MS)
  }
  return {
    isHeld: () => readHolder(path)?.pid === process.pid,
    release() {
      if (readHolder(path)?.pid === process.pid) unlinkSync(path)
    },
  }
}
