/**
 * The build's warning for clinic rows changed without a line in data/changes.csv, on small
 * fake datasets: which ids it names and in what order, the cut after eight, an old log entry
 * that is not a new one, and reading the GeoJSON as committed rather than as on disk.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCommitted, unloggedChangeWarning } from '../../scripts/lib/change-warning.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'

const feature = (id: string, notes = '') => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [-93.2, 45] },
  properties: { id, notes },
})
const dataset = (features: unknown[], changes?: unknown[]) =>
  ({ features, ...(changes ? { changes } : {}) }) as unknown as Dataset
const entry = { date: '2026-11-23', clinic_ids: ['b'], what_changed: 'Moved.', sources: [] }
const ids = (text: string | undefined) => /changed \((.*)\) but/.exec(text ?? '')?.[1]

describe('unloggedChangeWarning', () => {
  it('names the changed ids in alphabetical order', () => {
    const before = dataset([feature('m'), feature('b'), feature('x')])
    const after = dataset([feature('m', 'edited'), feature('b', 'edited'), feature('x')])
    expect(ids(unloggedChangeWarning(before, after))).toBe('b, m')
  })

  it('names eight ids, then an ellipsis', () => {
    const names = 'abcdefghi'.split('')
    const before = dataset(names.map((n) => feature(n)))
    const eight = dataset(names.map((n, i) => feature(n, i < 8 ? 'edited' : '')))
    const nine = dataset(names.map((n) => feature(n, 'edited')))
    expect(ids(unloggedChangeWarning(before, eight))).toBe('a, b, c, d, e, f, g, h')
    expect(unloggedChangeWarning(before, nine)).toMatch(
      /^warning: 9 clinic row\(s\) changed \(a, b, c, d, e, f, g, h, \.\.\.\) but/,
    )
  })

  it('still warns when the log holds only the entries it had before', () => {
    const before = dataset([feature('b')], [entry])
    const after = dataset([feature('b', 'edited')], [entry])
    expect(ids(unloggedChangeWarning(before, after))).toBe('b')
  })
})

describe('readCommitted', () => {
  it('reads the GeoJSON as committed, not the edited file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'committed-'))
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: dir,
        stdio: 'ignore',
      })
    const file = join(dir, 'clinics.geojson')
    git('init', '-q')
    writeFileSync(file, JSON.stringify(dataset([feature('committed')])))
    git('add', 'clinics.geojson')
    git('commit', '-qm', 'data')
    writeFileSync(file, JSON.stringify(dataset([feature('on-disk')])))
    expect(readCommitted(file)?.features.map((f) => f.id)).toEqual(['committed'])
  })

  it('reads the file on disk outside git, and nothing when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uncommitted-'))
    const file = join(dir, 'clinics.geojson')
    expect(readCommitted(file)).toBeUndefined()
    writeFileSync(file, JSON.stringify(dataset([feature('on-disk')])))
    expect(readCommitted(file)?.features.map((f) => f.id)).toEqual(['on-disk'])
  })
})
