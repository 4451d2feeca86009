// The built page's starter (scripts/lib/paint-first.ts): the entry script still downloads at
// once, and runs after the first paint. Inputs are the shape of HTML Vite writes, by hand.
import { describe, expect, it } from 'vitest'
import { paintFirst, starterSource } from '../../scripts/lib/paint-first.ts'

const HTML = `<head>
    <link rel="stylesheet" crossorigin href="./assets/index-Dft7.css">
    <script type="module" crossorigin src="./assets/index-NTRa.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/dates-Ck8K.js">
  </head>`

describe('paintFirst', () => {
  it('asks for the entry at once, as a module preload, and runs the starter in its place', () => {
    const { html, file } = paintFirst(HTML)
    expect(html).not.toContain('<script type="module" crossorigin src="./assets/index-NTRa.js">')
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/index-NTRa.js">')
    expect(html).toContain(`<script type="module" src="./${file}"></script>`)
    expect(file).toMatch(/^assets\/start-[0-9a-f]{8}\.js$/)
    // The page's other requests are left as they were.
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-Dft7.css">')
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/dates-Ck8K.js">')
  })

  it('writes a starter that imports the entry beside it, once, after the first paint', () => {
    const { source } = paintFirst(HTML)
    expect(source).toContain('import("./index-NTRa.js")')
    expect(source).toContain("observe({ type: 'paint', buffered: true })")
    expect(source).toContain('setTimeout(start, 1000)')
    expect(source.match(/import\(/g)).toHaveLength(1)
  })

  it('names the starter by its content, so a new entry gets a new file', () => {
    const a = paintFirst(HTML).file
    const b = paintFirst(HTML.replaceAll('index-NTRa', 'index-Q9zz')).file
    expect(a).not.toBe(b)
    expect(paintFirst(HTML).file).toBe(a)
  })

  it('fails the build when Vite writes no entry script it knows', () => {
    expect(() => paintFirst('<head></head>')).toThrow(/no <script type="module"> entry/)
  })
})

describe('the starter', () => {
  /** The starter run with stand-ins for the browser (`import` renamed to a spy). */
  function runStarter(paintTiming: boolean) {
    const imported: string[] = []
    let painted: (() => void) | undefined
    let timer: (() => void) | undefined
    class Observer {
      constructor(private readonly callback: () => void) {}
      observe(options: { type: string }) {
        if (!paintTiming) throw new TypeError('unsupported entry type')
        if (options.type === 'paint') painted = this.callback
      }
    }
    const code = starterSource('index-X.js').replace('import(', 'load(')
    const run = new Function('load', 'PerformanceObserver', 'setTimeout', code) as (
      ...args: unknown[]
    ) => void
    run(
      (name: string) => imported.push(name),
      Observer,
      (f: () => void, ms: number) => void (ms === 1000 && (timer = f)),
    )
    return { imported, paint: () => painted!(), timeUp: () => timer!() }
  }

  it('starts the app when the first paint is reported, and only once', () => {
    const page = runStarter(true)
    expect(page.imported).toEqual([])
    page.paint()
    expect(page.imported).toEqual(['./index-X.js'])
    page.paint()
    page.timeUp()
    expect(page.imported).toEqual(['./index-X.js'])
  })

  it('starts it after a second where nothing paints, or Paint Timing is missing', () => {
    const background = runStarter(true)
    background.timeUp()
    expect(background.imported).toEqual(['./index-X.js'])
    const old = runStarter(false)
    expect(old.imported).toEqual([])
    old.timeUp()
    expect(old.imported).toEqual(['./index-X.js'])
  })
})
