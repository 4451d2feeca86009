/**
 * What the first view of the built site downloads, by kind, gzipped at level 9, and issue 5's
 * budgets for it. Deterministic (it reads dist/, nothing runs), so `npm test` checks the budgets
 * after the production build and `npm run bench` reports the same numbers.
 *
 * The first view is what dist/index.html loads before any reader action: its entry scripts and
 * every chunk they import statically (and any modulepreload link), its stylesheets, and the two
 * files the app fetches at start (src/data/load-dataset.ts, src/data/load-basemap.ts). Chunks
 * behind a dynamic `import()` (details card, canvas markers, the schema check) are not in it.
 *
 * @example
 *   const weights = weighFirstView('dist')
 *   for (const line of checkBudgets(weights)) console.log(line.kind, line.gzip, line.ok)
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export type Kind = 'html' | 'js' | 'css' | 'data' | 'basemap'

export interface Asset {
  /** Path under dist/, with forward slashes. */
  path: string
  kind: Kind
  bytes: number
  gzip: number
}

export interface Weights {
  assets: Asset[]
  /** Gzipped bytes per kind. */
  gzip: Record<Kind, number>
}

/** The files the app fetches at start; keep in step with src/data/load-*.ts. */
export const FIRST_VIEW_DATA: readonly { path: string; kind: Kind }[] = [
  { path: 'data/clinics.geojson', kind: 'data' },
  { path: 'basemap.json', kind: 'basemap' },
]

/**
 * Issue 5's budgets, gzipped bytes (1 KB = 1000 bytes, as Vite prints them); issue 14 took the
 * JS from 125 to 118 KB once Leaflet's canvas, tiles and popups left the first view.
 */
export const BUDGETS: readonly { label: string; kinds: readonly Kind[]; limit: number }[] = [
  { label: 'initial JS', kinds: ['js'], limit: 118_000 },
  { label: 'CSS', kinds: ['css'], limit: 10_000 },
  { label: 'data + basemap', kinds: ['data', 'basemap'], limit: 80_000 },
]

export const gzipSize = (content: Buffer | string): number => gzipSync(content, { level: 9 }).length

/** The `src` or `href` of each tag in the HTML that `tag` matches. */
function links(html: string, tag: RegExp, url: 'src' | 'href'): string[] {
  const out: string[] = []
  for (const [element] of html.matchAll(tag)) {
    const value = new RegExp(`\\s${url}="([^"]+)"`).exec(element)?.[1]
    if (value) out.push(value)
  }
  return out
}

/**
 * Relative modules a built chunk imports statically: `import{a}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`. Dynamic `import("./x.js")` does not match (no `(` is allowed).
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>()
  const pattern =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g
  for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1])
  return [...found]
}

/** The assets of the first view of the build in `dist`, each once, entry first. */
export function firstViewAssets(dist: string): Asset[] {
  const root = resolve(dist)
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  const assets = new Map<string, Asset>()
  const add = (file: string, kind: Kind) => {
    const path = relative(root, file).split('\\').join('/')
    if (assets.has(path)) return false
    if (path.startsWith('..') || !existsSync(file))
      throw new Error(`${path} is linked from the first view but is not in ${dist}`)
    const content = readFileSync(file)
    assets.set(path, { path, kind, bytes: content.length, gzip: gzipSize(content) })
    return true
  }
  const fromHtml = (url: string) => join(root, url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? '')
  add(join(root, 'index.html'), 'html')

  const scripts = [
    ...links(html, /<script\b[^>]*\btype="module"[^>]*>/g, 'src'),
    ...links(html, /<link\b[^>]*\brel="modulepreload"[^>]*>/g, 'href'),
  ].map(fromHtml)
  const queue = [...scripts]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!add(file, 'js')) continue
    for (const spec of staticImports(readFileSync(file, 'utf8')))
      queue.push(resolve(dirname(file), spec))
  }
  for (const css of links(html, /<link\b[^>]*\brel="stylesheet"[^>]*>/g, 'href'))
    add(fromHtml(css), 'css')
  for (const { path, kind } of FIRST_VIEW_DATA) add(join(root, path), kind)
  return [...assets.values()]
}

export function weighFirstView(dist: string): Weights {
  const assets = firstViewAssets(dist)
  const gzip: Record<Kind, number> = { html: 0, js: 0, css: 0, data: 0, basemap: 0 }
  for (const a of assets) gzip[a.kind] += a.gzip
  return { assets, gzip }
}

export interface BudgetLine {
  label: string
  gzip: number
  limit: number
  ok: boolean
}

/** Each budget with the build's weight against it. */
export function checkBudgets(weights: Weights): BudgetLine[] {
  return BUDGETS.map(({ label, kinds, limit }) => {
    const gzip = kinds.reduce((sum, k) => sum + weights.gzip[k], 0)
    return { label, gzip, limit, ok: gzip <= limit }
  })
}

/** `123456` → `"123.5 KB"` (1 KB = 1000 bytes). */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`
