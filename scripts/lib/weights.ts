/**
 * What the first view of the built site downloads, by kind, gzipped at level 9, and issue 5's
 * budgets for it. Deterministic (it reads dist/, nothing runs), so `npm test` checks the budgets
 * after the production build and `npm run bench` reports the same numbers.
 *
 * The first view is what dist/index.html loads before any reader action: its entry script and
 * every chunk it imports statically, their stylesheets (all read from Vite's manifest), and the
 * two files the app fetches at start (src/data/load-dataset.ts, src/data/load-basemap.ts).
 * Chunks behind a dynamic `import()` (details card, canvas markers, the schema check) are not.
 *
 * @example
 *   const weights = weighFirstView('dist')
 *   for (const line of checkBudgets(weights)) console.log(line.kind, line.gzip, line.ok)
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

type Kind = 'html' | 'js' | 'css' | 'data' | 'basemap'

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
const FIRST_VIEW_DATA: readonly { path: string; kind: Kind }[] = [
  { path: 'data/clinics.geojson', kind: 'data' },
  { path: 'basemap.json', kind: 'basemap' },
]

/**
 * Issue 5's budgets, gzipped bytes (1 KB = 1000 bytes, as Vite prints them); issue 14 took the
 * JS from 125 to 118 KB once Leaflet's canvas, tiles and popups left the first view.
 */
const BUDGETS: readonly { label: string; kinds: readonly Kind[]; limit: number }[] = [
  { label: 'initial JS', kinds: ['js'], limit: 118_000 },
  { label: 'CSS', kinds: ['css'], limit: 10_000 },
  { label: 'data + basemap', kinds: ['data', 'basemap'], limit: 80_000 },
]

const gzipSize = (content: Buffer | string): number => gzipSync(content, { level: 9 }).length

/** A source-map comment at the end of a JS or CSS file (`SOURCEMAP=1` builds, the bench's). */
const SOURCE_MAP_COMMENT =
  /\n?(?:\/\/# sourceMappingURL=[^\n]*|\/\*# sourceMappingURL=[^*]*\*\/)\s*$/

/**
 * Gzipped bytes of the file at `file` as the published build ships it: without the source-map
 * comment a `SOURCEMAP=1` build appends, so `npm run bench` (which builds with source maps)
 * and `npm test`'s budget weigh the same bytes. Every weight here and in the bench comes from
 * this one function.
 */
export function weighFile(file: string): { bytes: number; gzip: number } {
  const raw = readFileSync(file)
  const content = /\.(js|css)$/.test(file)
    ? Buffer.from(raw.toString('utf8').replace(SOURCE_MAP_COMMENT, ''))
    : raw
  return { bytes: content.length, gzip: gzipSize(content) }
}

/** One chunk of Vite's build manifest (`build.manifest`, dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}

const MANIFEST = '.vite/manifest.json'

/**
 * The assets of the first view of the build in `dist`, each once, entry first. The chunk graph
 * comes from Vite's own manifest: the entry, every chunk it imports statically (transitively),
 * and their stylesheets; `dynamicImports` are left out, which is the point of loading them lazily.
 */
export function firstViewAssets(dist: string): Asset[] {
  const root = resolve(dist)
  const manifestFile = join(root, MANIFEST)
  if (!existsSync(manifestFile))
    throw new Error(`${dist}/${MANIFEST} is missing: build with build.manifest on (vite.config.ts)`)
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>
  const assets = new Map<string, Asset>()
  const add = (path: string, kind: Kind) => {
    if (assets.has(path)) return
    const file = join(root, path)
    if (!existsSync(file)) throw new Error(`${path} is in the first view but is not in ${dist}`)
    assets.set(path, { path, kind, ...weighFile(file) })
  }
  add('index.html', 'html')
  const entry = manifest['index.html']
  if (!entry?.isEntry) throw new Error(`${dist}/${MANIFEST} has no index.html entry`)
  const seen = new Set<string>()
  const css: string[] = []
  const queue: string[] = ['index.html']
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (seen.has(key)) continue
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`${dist}/${MANIFEST} names ${key} but has no entry for it`)
    add(chunk.file, 'js')
    css.push(...(chunk.css ?? []))
    queue.push(...(chunk.imports ?? []))
  }
  for (const file of css) add(file, 'css')
  for (const { path, kind } of FIRST_VIEW_DATA) add(path, kind)
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
