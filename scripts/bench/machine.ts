/** The machine a benchmark ran on, for the report: the numbers mean little without it. */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { findChromium } from '../chromium.mjs'

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  chromium: string
  /** 1-minute load average when the bench started: above the core count, others were busy. */
  load: number
}

function osName(): string {
  const file = '/etc/os-release'
  const pretty = existsSync(file) && /^PRETTY_NAME="?([^"\n]+)/m.exec(readFileSync(file, 'utf8'))
  return pretty ? pretty[1]! : process.platform
}

function chromiumVersion(): string {
  const path = findChromium()
  if (!path) return 'not found'
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/\s+built on.*$/, '')
  } catch {
    return path
  }
}

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(),
    load: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  }
}
