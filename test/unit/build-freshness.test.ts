/**
 * The rule that makes `npm run screenshots` and `npm run gallery` build first (issue 10 pt 7).
 * Times are set by hand with utimes on files in a temporary folder, so the test never depends
 * on how fast the machine writes. A green run does not prove the CLI calls the rule.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildIsStale, buildStamp, newestInput } from '../../scripts/lib/build-freshness.ts'

let root: string
const T0 = new Date('2026-11-30T12:00:00Z') // the build
const touch = (path: string, at: Date) => {
  const full = join(root, path)
  mkdirSync(join(full, '..'), { recursive: true })
  writeFileSync(full, 'x')
  utimesSync(full, at, at)
}
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000)
const stale = () => buildIsStale(newestInput(root), buildStamp(join(root, 'dist')))

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'freshness-'))
  touch('src/app/App.tsx', minutes(-30))
  touch('data/clinics.csv', minutes(-20))
  touch('public/basemap.json', minutes(-10))
  touch('index.html', minutes(-40))
  touch('vite.config.ts', minutes(-50))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('the build is stale', () => {
  it('when dist/ is missing', () => {
    expect(stale()).toBe(true)
  })

  it('not when the build is newer than every input', () => {
    touch('dist/index.html', T0)
    expect(stale()).toBe(false)
  })

  it('when an editor changed a CSV after the build (a nested file counts)', () => {
    touch('dist/index.html', T0)
    touch('data/clinics.csv', minutes(1))
    expect(stale()).toBe(true)
    expect(newestInput(root)?.path).toBe(join(root, 'data/clinics.csv'))
  })

  it.each(['src/domain/deep/nested/x.ts', 'public/social.png', 'index.html', 'vite.config.ts'])(
    'when %s changed after the build',
    (path) => {
      touch('dist/index.html', T0)
      touch(path, minutes(5))
      expect(stale()).toBe(true)
    },
  )

  it('not for files outside the inputs (docs, tests, the gallery output)', () => {
    touch('dist/index.html', T0)
    touch('docs/notes.md', minutes(5))
    touch('test/unit/x.test.ts', minutes(5))
    touch('gallery/out/a.png', minutes(5))
    expect(stale()).toBe(false)
  })

  it('not when an input has exactly the build time', () => {
    touch('dist/index.html', T0)
    touch('public/basemap.json', T0)
    expect(stale()).toBe(false)
  })
})

describe('buildIsStale (the rule alone)', () => {
  it('reads no stamp as stale and no inputs as fresh', () => {
    expect(buildIsStale(undefined, undefined)).toBe(true)
    expect(buildIsStale(undefined, 1000)).toBe(false)
    expect(buildIsStale({ path: 'a', mtimeMs: 1001 }, 1000)).toBe(true)
    expect(buildIsStale({ path: 'a', mtimeMs: 999 }, 1000)).toBe(false)
  })
})
