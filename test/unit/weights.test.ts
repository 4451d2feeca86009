/**
 * The first-view weigher behind the "bundle budgets" step: it follows the entry's static imports
 * and modulepreload links but not dynamic import(), counts the stylesheet and the two data
 * files, and reports a budget as over when it is. Runs on a small fake dist/, not the build.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkBudgets,
  firstViewAssets,
  staticImports,
  weighFirstView,
} from '../../scripts/lib/weights.ts'

let dist: string

function write(path: string, content: string | Buffer) {
  mkdirSync(join(dist, path, '..'), { recursive: true })
  writeFileSync(join(dist, path), content)
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'weights-test-'))
  write(
    'index.html',
    `<!doctype html><head>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/preloaded-b.js">
    <link rel="stylesheet" crossorigin href="./assets/index-c.css">
    <link rel="icon" href="./favicon.svg"></head><body><div id="root"></div></body>`,
  )
  write(
    'assets/index-a.js',
    'import{a as e}from"./shared-d.js";const t=()=>import("./lazy-e.js");console.log(e,t);',
  )
  write('assets/preloaded-b.js', 'export const b=1;')
  write('assets/shared-d.js', 'import"./side-f.js";export const a=2;')
  write('assets/side-f.js', 'console.log(3);')
  write('assets/lazy-e.js', 'export const never=4;')
  write('assets/index-c.css', 'body{margin:0}')
  write('data/clinics.geojson', '{"type":"FeatureCollection"}')
  write('basemap.json', '{"type":"FeatureCollection","features":[]}')
  write('favicon.svg', '<svg/>')
})

afterAll(() => rmSync(dist, { recursive: true, force: true }))

describe('staticImports', () => {
  it('finds static imports and re-exports, never dynamic import()', () => {
    expect(
      staticImports(
        'import{a}from"./x.js";import"../y.js";export{b}from"./z.js";import("./lazy.js");',
      ),
    ).toEqual(['./x.js', '../y.js', './z.js'])
  })
})

describe('firstViewAssets', () => {
  it('follows static imports and preloads, skips lazy chunks and the favicon', () => {
    const byPath = Object.fromEntries(firstViewAssets(dist).map((a) => [a.path, a.kind]))
    expect(byPath).toEqual({
      'index.html': 'html',
      'assets/index-a.js': 'js',
      'assets/preloaded-b.js': 'js',
      'assets/shared-d.js': 'js',
      'assets/side-f.js': 'js',
      'assets/index-c.css': 'css',
      'data/clinics.geojson': 'data',
      'basemap.json': 'basemap',
    })
  })

  it('fails loudly when a linked file is missing', () => {
    write('assets/index-a.js', 'import"./gone.js";')
    expect(() => firstViewAssets(dist)).toThrow(/gone\.js is linked from the first view/)
    write('assets/index-a.js', 'import{a as e}from"./shared-d.js";console.log(e);')
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
