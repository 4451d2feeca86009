/**
 * One data build at a time (scripts/lib/build-lock.ts), in process: the lock file a build
 * writes, the message a second build prints when it cannot wait, and which locks are taken
 * over (a dead build's on this machine, an unreadable one after 5 s) and which never are.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { acquireBuildLock, BuildLockedError } from '../../scripts/lib/build-lock.ts'

let dir = ''
let lock = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lock-'))
  lock = join(dir, '.build.lock')
})

const shown = () => relative(process.cwd(), lock)
const holder = (h: object) => writeFileSync(lock, `${JSON.stringify(h)}\n`)
/** A pid that was alive a moment ago and is not now. */
const deadPid = () => spawnSync('true').pid
const RUNNING = (who: string) =>
  `${shown()}: another data build is running (${who}); nothing was written. Wait for it to finish, then run npm run data again. If no build is running, delete ${shown()}.`

function refused(waitMs = 0) {
  const out: string[] = []
  let error: unknown
  try {
    acquireBuildLock(dir, waitMs, (l) => out.push(l))
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(BuildLockedError)
  return { message: (error as Error).message, out }
}

describe('acquireBuildLock', () => {
  it('writes its pid, host and start time, holds the lock, and removes it on release', () => {
    const before = Date.now()
    const out: string[] = []
    const l = acquireBuildLock(dir, 0, (s) => out.push(s))
    const h = JSON.parse(readFileSync(lock, 'utf8')) as {
      pid: number
      host: string
      started: string
    }
    expect(h.pid).toBe(process.pid)
    expect(h.host).toBe(hostname())
    expect(Date.parse(h.started)).toBeGreaterThanOrEqual(before - 1000)
    expect(readFileSync(lock, 'utf8').endsWith('}\n')).toBe(true)
    expect(out).toEqual([])
    expect(l.isHeld()).toBe(true)
    l.release()
    expect(existsSync(lock)).toBe(false)
    expect(l.isHeld()).toBe(false)
    l.release() // a second release is harmless
  })

  it('stops at once, saying who holds it and what to do, when it may not wait', () => {
    holder({ pid: process.ppid, host: hostname(), started: '2026-12-01T18:00:00.000Z' })
    const { message, out } = refused(0)
    expect(message).toBe(RUNNING(`pid ${process.ppid}, started 2026-12-01T18:00:00.000Z`))
    expect(out).toEqual([])
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.ppid)
  })

  it('says once that it is waiting, then stops at the limit', () => {
    holder({ pid: process.ppid, host: hostname(), started: 'S' })
    const t = Date.now()
    const { message, out } = refused(350)
    expect(Date.now() - t).toBeGreaterThanOrEqual(340)
    expect(out).toEqual([
      `${shown()}: waiting for another data build (pid ${process.ppid}, started S) to finish...`,
    ])
    expect(message).toBe(RUNNING(`pid ${process.ppid}, started S`))
  })

  it('takes the lock once the running build lets it go', () => {
    holder({ pid: process.ppid, host: hostname(), started: 'S' })
    // Another process removes the lock while this one waits (the wait blocks this thread).
    spawn('sh', ['-c', `sleep 0.3; rm '${lock}'`], { stdio: 'ignore' })
    const out: string[] = []
    const l = acquireBuildLock(dir, 5_000, (s) => out.push(s))
    expect(out).toEqual([
      `${shown()}: waiting for another data build (pid ${process.ppid}, started S) to finish...`,
    ])
    expect(l.isHeld()).toBe(true)
    l.release()
  })

  it('takes over the lock of a dead build on this machine, without a word', () => {
    holder({ pid: deadPid(), host: hostname(), started: 'S' })
    const out: string[] = []
    const l = acquireBuildLock(dir, 0, (s) => out.push(s))
    expect(out).toEqual([])
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid)
    expect(l.isHeld()).toBe(true)
    expect(existsSync(`${lock}.stale-${process.pid}`)).toBe(false)
    l.release()
  })

  it("never takes over another machine's lock, whose pid it cannot check", () => {
    holder({ pid: deadPid(), host: `not-${hostname()}`, started: 'S' })
    expect(refused(0).message).toMatch(/another data build is running \(pid \d+, started S\)/)
  })

  it('waits on an unreadable lock while it is fresh, and takes it over after 5 s', () => {
    for (const text of ['', '{"pid":', '{"pid":"12","host":"h"}', `{"pid":12}`]) {
      writeFileSync(lock, text)
      expect(refused(0).message, text).toBe(RUNNING('starting up'))
    }
    const old = new Date(Date.now() - 6_000)
    utimesSync(lock, old, old)
    const l = acquireBuildLock(dir, 0, () => {})
    expect(l.isHeld()).toBe(true)
    l.release()
  })

  it('still counts an unreadable lock of 4 s as fresh', () => {
    writeFileSync(lock, '')
    const recent = new Date(Date.now() - 4_000)
    utimesSync(lock, recent, recent)
    expect(refused(0).message).toBe(RUNNING('starting up'))
  })

  it('reads a holder with no start time as started at an empty time', () => {
    holder({ pid: process.ppid, host: hostname() })
    expect(refused(0).message).toBe(RUNNING(`pid ${process.ppid}, started `))
  })

  it('no longer holds a lock another build has taken, and leaves that lock in place', () => {
    const l = acquireBuildLock(dir, 0, () => {})
    holder({ pid: process.ppid, host: hostname(), started: 'S' })
    expect(l.isHeld()).toBe(false)
    l.release()
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.ppid)
  })

  it('passes on an error other than an existing lock', () => {
    expect(() => acquireBuildLock(join(dir, 'missing'), 0, () => {})).toThrow(/ENOENT/)
    expect(() => acquireBuildLock(join(dir, 'missing'), 0, () => {})).not.toThrow(BuildLockedError)
  })
})
