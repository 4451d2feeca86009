/**
 * The first-view weigher behind the "bundle budgets" step: it follows the static imports in
 * Vite's manifest but not dynamic import(), counts their stylesheets and the two data files, and
 * reports a budget as over when it is. Runs on a small fake dist/, not the build.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkBudgets, firstViewAssets, weighFirstView } from '../../scripts/lib/weights.ts'

let dist: string

function write(path: string, content: string | Buffer) {
  mkdirSync(join(dist, path, '..'), { recursive: true })
  writeFileSync(join(dist, path), content)
}

// A build whose manifest says: the entry imports shared-d (which imports side-f) and loads
// lazy-e on demand; shared-d brings a stylesheet of its own.
const MANIFEST_JSON = {
  'index.html': {
    file: 'assets/index-a.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_shared-d.js'],
    dynamicImports: ['src/lazy.tsx'],
    css: ['assets/index-c.css'],
  },
  '_shared-d.js': { file: 'assets/shared-d.js', imports: ['_side-f.js'], css: ['assets/d.css'] },
  '_side-f.js': { file: 'assets/side-f.js' },
  'src/lazy.tsx': { file: 'assets/lazy-e.js', isDynamicEntry: true, imports: ['_shared-d.js'] },
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'weights-test-'))
  write('index.html', '<!doctype html><script type="module" src="./assets/index-a.js"></script>')
  write('.vite/manifest.json', JSON.stringify(MANIFEST_JSON))
  write('assets/index-a.js', 'import{a as e}from"./shared-d.js";import("./lazy-e.js");')
  write('assets/shared-d.js', 'import"./side-f.js";export const a=2;')
  write('assets/side-f.js', 'console.log(3);')
  write('assets/lazy-e.js', 'export const never=4;')
  write('assets/index-c.css', 'body{margin:0}')
  write('assets/d.css', 'p{margin:0}')
  write('data/clinics.geojson', '{"type":"FeatureCollection"}')
  write('basemap.json', '{"type":"FeatureCollection","features":[]}')
  write('favicon.svg', '<svg/>')
})

afterAll(() => rmSync(dist, { recursive: true, force: true }))

describe('firstViewAssets', () => {
  it('follows the manifest’s static imports and their CSS, skips lazy chunks and the favicon', () => {
    const byPath = Object.fromEntries(firstViewAssets(dist).map((a) => [a.path, a.kind]))
    expect(byPath).toEqual({
      'index.html': 'html',
      'assets/index-a.js': 'js',
      'assets/shared-d.js': 'js',
      'assets/side-f.js': 'js',
      'assets/index-c.css': 'css',
      'assets/d.css': 'css',
      'data/clinics.geojson': 'data',
      'basemap.json': 'basemap',
    })
  })

  it('fails loudly when a file of the first view is missing, or the manifest is', () => {
    rmSync(join(dist, 'assets/side-f.js'))
    expect(() => firstViewAssets(dist)).toThrow(/assets\/side-f\.js is in the first view/)
    write('assets/side-f.js', 'console.log(3);')
    rmSync(join(dist, '.vite/manifest.json'))
    expect(() => firstViewAssets(dist)).toThrow(/manifest\.json is missing/)
    write('.vite/manifest.json', JSON.stringify(MANIFEST_JSON))
  })
})

describe('checkBudgets', () => {
  it('passes a small build and fails one whose JS is over 118 KB gzipped (issue 14)', () => {
    expect(checkBudgets(weighFirstView(dist)).every((line) => line.ok)).toBe(true)
    // Random bytes do not compress: 119,000 of them (in base64) stay over 118,000 gzipped.
    const noise = randomBytes(119_000)
    write('assets/side-f.js', `console.log("${noise.toString('base64')}");`)
    const js = checkBudgets(weighFirstView(dist)).find((line) => line.label === 'initial JS')
    expect(js?.limit).toBe(118_000)
    expect(js?.gzip).toBeGreaterThan(118_000)
    expect(js?.gzip).toBeLessThan(125_000)
    expect(js?.ok).toBe(false)
  })
})

describe('checkBudgets', () => {
  it('passes a build at exactly its budget and fails one byte over (118 KB JS, 10 KB CSS, 80 KB data)', () => {
    const at = { html: 0, js: 118_000, css: 10_000, data: 50_000, basemap: 30_000 }
    expect(checkBudgets({ assets: [], gzip: at }).map((b) => [b.label, b.gzip, b.ok])).toEqual([
      ['initial JS', 118_000, true],
      ['CSS', 10_000, true],
      ['data + basemap', 80_000, true],
    ])
    const over = { ...at, js: 118_001, basemap: 30_001 }
    expect(checkBudgets({ assets: [], gzip: over }).map((b) => b.ok)).toEqual([false, true, false])
  })
})
