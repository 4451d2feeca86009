/**
 * The DOM strings between layers have one home, src/domain/dom-contract.ts: this test refuses
 * them typed anywhere else in src (TypeScript and TSX; stylesheets style the classes and may
 * name them). A green run does not prove a string built some other way is absent.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = join(import.meta.dirname, '../../src')
const HOME = 'domain/dom-contract.ts'

/** Each raw use: the attribute, its dataset key, a class as a whole class or selector. */
const RAW = [
  /data-clinic-id/,
  /dataset\.clinicId\b/,
  /\bclinic-marker(?![\w-])/,
  // The list's class; its BEM-like row classes, its stylesheet and its #clinic-list anchor pass.
  /(?<!#|id=")\bclinic-list(?![\w.-])/,
  /data-map-ready|dataset\.mapReady\b/,
  /\bclinic-group(?![\w-])/,
  /data-members|dataset\.members\b/,
  /data-groups|dataset\.groups\b/,
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  )
}

/** `file:line: text` for every line that types a contract string itself. */
function rawUses(files: { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) =>
    text
      .split('\n')
      .map((line, i) => ({ line, at: i + 1 }))
      .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line) && RAW.some((r) => r.test(line)))
      .map(({ line, at }) => `${name}:${at}: ${line.trim()}`),
  )
}

describe('the DOM contract between layers', () => {
  it('is typed only in src/domain/dom-contract.ts', () => {
    const files = sourceFiles(SRC)
      .map((f) => ({ name: relative(SRC, f), text: readFileSync(f, 'utf8') }))
      .filter((f) => f.name !== HOME)
    expect(files.length).toBeGreaterThan(50)
    expect(rawUses(files)).toEqual([])
  })

  it('is read from there by the tests and the tools too, so a renamed class fails no test silently', () => {
    const ROOT = join(import.meta.dirname, '../..')
    const files = ['test/e2e', 'test/component', 'test/unit', 'scripts']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((f) => ({ name: relative(ROOT, f), text: readFileSync(f, 'utf8') }))
      // This file plants raw names on purpose.
      .filter((f) => f.name !== 'test/unit/dom-contract.test.ts')
    expect(files.length).toBeGreaterThan(80)
    expect(rawUses(files)).toEqual([])
  })

  it('notices a raw use (so the check above can fail)', () => {
    const planted = [
      { name: 'a.ts', text: "el.querySelector('.clinic-marker')" },
      { name: 'b.tsx', text: '<button data-clinic-id={id}>' },
      { name: 'c.tsx', text: '<ol className="clinic-list">' },
      { name: 'd.ts', text: 'root.dataset.mapReady = "true"' },
      { name: 'f.ts', text: "L.divIcon({ className: 'clinic-group' })" },
      { name: 'g.ts', text: "el.setAttribute('data-members', ids)" },
      { name: 'h.ts', text: 'map.getContainer().dataset.groups = n' },
      { name: 'e.tsx', text: '<a href="#clinic-list" className="clinic-list-button">' },
    ]
    expect(rawUses(planted)).toEqual([
      "a.ts:1: el.querySelector('.clinic-marker')",
      'b.tsx:1: <button data-clinic-id={id}>',
      'c.tsx:1: <ol className="clinic-list">',
      'd.ts:1: root.dataset.mapReady = "true"',
      "f.ts:1: L.divIcon({ className: 'clinic-group' })",
      "g.ts:1: el.setAttribute('data-members', ids)",
      'h.ts:1: map.getContainer().dataset.groups = n',
    ])
  })
})
