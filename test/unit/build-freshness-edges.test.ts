/**
 * Which input the build's freshness check names as newest, at its edges: an input listed but
 * absent (a folder a checkout may lack), and two files changed at the same moment (the first
 * listed is named). Files and times made by hand in a temp folder.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newestInput } from '../../scripts/lib/build-freshness.ts'

describe('newestInput', () => {
  it('skips an input that does not exist, and names the first of two equally new files', () => {
    const root = mkdtempSync(join(tmpdir(), 'freshness-'))
    mkdirSync(join(root, 'src'))
    const when = new Date('2026-11-30T12:00:00Z')
    for (const f of ['src/a.ts', 'src/b.ts', 'index.html']) {
      writeFileSync(join(root, f), '')
      utimesSync(join(root, f), when, f === 'index.html' ? new Date('2026-01-01T00:00:00Z') : when)
    }
    const newest = newestInput(root, ['public', 'index.html', 'src/b.ts', 'src/a.ts'])
    expect(newest?.path).toBe(join(root, 'src/b.ts'))
    expect(newest?.mtimeMs).toBe(when.getTime())
  })
})
