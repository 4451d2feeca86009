/**
 * The first-view weigher at its edges, on small fake dist/ folders: level-9 gzip (the size a
 * budget is set in), a manifest without its entry or naming a chunk it lacks, imports in a
 * cycle, and the KB figure the report prints (1 KB = 1000 bytes).
 */
import { readFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { firstViewAssets, kb, weighFile } from '../../scripts/lib/weights.ts'

function fakeDist(manifest: object, files: string[]): string {
  const dist = mkdtempSync(join(tmpdir(), 'weights-edges-'))
  const write = (path: string, content: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true })
    writeFileSync(join(dist, path), content)
  }
  write('.vite/manifest.json', JSON.stringify(manifest))
  for (const f of ['index.html', 'data/clinics.geojson', 'basemap.json', ...files]) write(f, '{}')
  return dist
}

describe('the first-view weigher', () => {
  it('measures gzip at level 9, as the budgets are set', () => {
    // data/clinics.csv is 8,895 B at zlib's level 9 and 8,916 B at its default level 6.
    const csv = readFileSync('data/clinics.csv')
    expect(weighFile('data/clinics.csv').gzip).toBe(gzipSync(csv, { level: 9 }).length)
    expect(weighFile('data/clinics.csv').gzip).toBeLessThan(gzipSync(csv).length)
  })

  it('refuses a manifest without the page’s entry, or naming a chunk it does not hold', () => {
    const noEntry = fakeDist({ 'src/main.tsx': { file: 'assets/a.js', isEntry: true } }, [])
    expect(() => firstViewAssets(noEntry)).toThrow('.vite/manifest.json has no index.html entry')
    const missing = fakeDist(
      { 'index.html': { file: 'assets/a.js', isEntry: true, imports: ['_gone.js'] } },
      ['assets/a.js'],
    )
    expect(() => firstViewAssets(missing)).toThrow(
      '.vite/manifest.json names _gone.js but has no entry for it',
    )
  })

  it('follows imports in a cycle once each', () => {
    const dist = fakeDist(
      {
        'index.html': { file: 'assets/a.js', isEntry: true, imports: ['_b.js'] },
        '_b.js': { file: 'assets/b.js', imports: ['index.html'] },
      },
      ['assets/a.js', 'assets/b.js'],
    )
    expect(firstViewAssets(dist).map((a) => a.path)).toEqual([
      'index.html',
      'assets/a.js',
      'assets/b.js',
      'data/clinics.geojson',
      'basemap.json',
    ])
  })

  it('prints kilobytes of 1000 bytes, to a tenth', () => {
    expect([kb(123456), kb(118000), kb(40)]).toEqual(['123.5 KB', '118.0 KB', '0.0 KB'])
  })
})
