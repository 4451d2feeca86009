/**
 * Runs the data build as its own process for the kill and concurrency tests
 * (test/unit/build-publish.test.ts). Arguments: the data folder, then
 *   --crash-at=STEP   SIGKILL itself at that publishing step (see scripts/lib/atomic-write.ts)
 *   --pause-ms=N      sleep N ms after reading the CSV files (a slow build), printing "read" first
 *   --hold-until=PATH after reading, print "read" and wait (30 s at most) until PATH exists
 *   --wait-ms=N       how long to wait for another build's lock
 *   --check           run the check instead of the build
 * Dates are pinned to 2026-12-01, as in the other data tests.
 */
import { existsSync } from 'node:fs'
import { checkBuild, runBuild } from '../../scripts/build-data.ts'

const args = process.argv.slice(2)
const dir = args.find((a) => !a.startsWith('--')) ?? 'data'
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const crashAt = option('crash-at')
const pauseMs = Number(option('pause-ms') ?? 0)
const waitMs = option('wait-ms')
const holdUntil = option('hold-until')
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

const ok = (args.includes('--check') ? checkBuild : runBuild)(dir, (l) => console.log(l), {
  today: '2026-12-01',
  ...(waitMs === undefined ? {} : { lockWaitMs: Number(waitMs) }),
  step(step) {
    if (step === crashAt) process.kill(process.pid, 'SIGKILL')
  },
  afterRead() {
    if (pauseMs > 0 || holdUntil) console.log('read')
    if (pauseMs > 0) sleep(pauseMs)
    for (let i = 0; holdUntil && !existsSync(holdUntil) && i < 600; i++) sleep(50)
  },
})
process.exitCode = ok ? 0 : 1
