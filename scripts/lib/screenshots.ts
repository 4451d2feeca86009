/**
 * Stills of the built map for articles and social cards: serves `dist/` with the static server,
 * opens `?screenshot=1` (plus the caller's view query) in headless Chromium at each preset's
 * size, waits until the app says the map is drawn, and writes one PNG per preset.
 *
 * The picture must be the same on a laptop, in CI and on a closed network, so every request that
 * leaves the local server (map tiles above all) is aborted, motion is reduced, and the time zone
 * and locale are fixed.
 *
 * @example
 *   const shots = await captureScreenshots({ presets: ['social'], url: '?date=2025-11-05' })
 *   // [{ preset: 'social', file: 'screenshots/out/social-date-2025-11-05.png', width: 2400, ... }]
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { MAP_READY, MARKER } from '../../src/domain/dom-contract.ts'
import { startStaticServer } from './static-server.ts'
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs'

/** Output sizes in CSS pixels; the PNG is `scale` times larger. */
export const PRESETS = {
  article: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
  portrait: { width: 1080, height: 1350 },
  social: { width: 1200, height: 630 },
  phone: { width: 390, height: 844 },
} as const satisfies Record<string, { width: number; height: number }>

export type PresetName = keyof typeof PRESETS
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[]

export interface CaptureOptions {
  /** The built site. Default `dist`. */
  dist?: string
  /** Which presets, in order. Default all. */
  presets?: readonly PresetName[]
  /** The view to photograph: `?date=…&status=…`, `date=…`, or a URL copied from the map. */
  url?: string
  /** Default `light`. `dark` also adds `-dark` to the file names. */
  theme?: 'light' | 'dark'
  /** Device pixels per CSS pixel. Default 2. */
  scale?: number
  /** Folder for the PNGs. Default `screenshots/out`. */
  outDir?: string
  /** Exact output path; only with a single preset (e.g. `public/social.png`). */
  file?: string
  /** How long to wait for `data-map-ready` before falling back to the markers. Default 8 s. */
  readyTimeoutMs?: number
  /** Progress and warnings. Default `console.log`. */
  log?: (line: string) => void
}

export interface Shot {
  preset: PresetName
  file: string
  /** Pixel size of the PNG written. */
  width: number
  height: number
  /** `signal`: the app's `data-map-ready`; `markers`: the fallback for builds without it. */
  readiness: 'signal' | 'markers'
}

/** Thrown when there is no build to photograph; the CLI turns it into a one-line hint. */
export class MissingBuildError extends Error {}

/**
 * The caller's view as query parameters, whatever form it came in: `?a=1`, `a=1`, `/?a=1`,
 * `./?a=1` or a full URL copied from the map (only its query counts: the server decides the path).
 */
export function viewParams(url = ''): URLSearchParams {
  const input = url.trim()
  if (!input) return new URLSearchParams()
  if (!input.includes('?') && input.includes('=')) return new URLSearchParams(input)
  return new URL(input, 'http://localhost/').searchParams
}

/** `date=2025-11-05&status=struck` → `date-2025-11-05-status-struck`, for file names. */
export function slugOf(params: URLSearchParams): string {
  return params
    .toString()
    .toLowerCase()
    .replace(/%2c/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** Waits until the map is drawn: the app's signal, or, for older builds, the clinic markers. */
export async function waitUntilDrawn(
  page: Page,
  label: string,
  timeout: number,
  warn: (line: string) => void,
): Promise<Shot['readiness']> {
  const ready = `html[${MAP_READY}="true"]`
  let readiness: Shot['readiness'] = 'signal'
  try {
    await page.waitForSelector(ready, { state: 'attached', timeout })
  } catch {
    readiness = 'markers'
    warn(
      `${label}: no ${MAP_READY} signal after ${timeout / 1000} s, so waiting for the clinic markers instead`,
    )
    await page.waitForSelector(`.leaflet-marker-pane .${MARKER}`, {
      state: 'attached',
      timeout: 20_000,
    })
    // Without the signal, nothing says the basemap has arrived: wait for the network to settle.
    await page.waitForLoadState('networkidle')
  }
  await page.evaluate(async () => {
    await document.fonts.ready
    // Two frames: the first lets layout settle after the fonts, the second is painted.
    for (let i = 0; i < 2; i++) await new Promise((next) => requestAnimationFrame(next))
  })
  // The app withdraws the signal while it redraws; photograph only a map that is still ready.
  if (readiness === 'signal') await page.waitForSelector(ready, { state: 'attached', timeout })
  return readiness
}

/** A path as the reader typed it: relative inside the project, absolute outside it. */
function shown(path: string): string {
  const rel = relative('.', path)
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel
}

function outputPath(options: CaptureOptions, preset: PresetName, slug: string): string {
  if (options.file) return options.file
  const suffix = [slug, options.theme === 'dark' ? 'dark' : ''].filter(Boolean).join('-')
  return join(
    options.outDir ?? join('screenshots', 'out'),
    `${preset}${suffix && `-${suffix}`}.png`,
  )
}

async function capture(
  browser: Browser,
  origin: string,
  target: string,
  preset: PresetName,
  options: CaptureOptions,
  path: string,
): Promise<Shot> {
  const log = options.log ?? console.log
  const context = await browser.newContext({
    viewport: PRESETS[preset],
    deviceScaleFactor: options.scale ?? 2,
    reducedMotion: 'reduce',
    colorScheme: options.theme ?? 'light',
    // Fixed so that date labels and number formats never depend on the machine.
    locale: 'en-US',
    timezoneId: 'America/Chicago',
  })
  try {
    // Tiles (and anything else off this server) never load here, and must not load elsewhere
    // either: a still has to look the same on every network.
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    )
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // A missing asset shows up as a timeout below; naming the file makes that failure readable.
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.url()} answered ${r.status()}`)
    })
    const response = await page.goto(target)
    if (!response?.ok()) throw new Error(`${target} answered ${response?.status() ?? 'nothing'}`)
    const readiness = await waitUntilDrawn(
      page,
      preset,
      options.readyTimeoutMs ?? 8_000,
      log,
    ).catch((error: Error) => {
      throw errors.length > 0 ? new Error(`${error.message}\n${errors.join('\n')}`) : error
    })
    if (errors.length > 0) throw new Error(`${target}:\n${errors.join('\n')}`)
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'device' })
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, png)
    return { preset, file: path, readiness, ...pngSize(png) }
  } finally {
    await context.close()
  }
}

/** The built site served locally and a headless Chromium, as every still here is taken. */
export interface Studio {
  browser: Browser
  /** The server's address, ending in `/`. */
  url: string
  origin: string
  close(): Promise<void>
}

/** Serves `dist` and launches Debian's (or Playwright's) Chromium with the offline flags. */
export async function openStudio(dist = 'dist'): Promise<Studio> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new MissingBuildError(`no build in ${dist}/: run npm run build first`)
  }
  const executablePath = findChromium()
  if (!executablePath) {
    throw new Error('no Chromium found: sudo apt-get install -y chromium, or set CHROMIUM_PATH')
  }
  const server = await startStaticServer({ root: dist })
  const browser = await chromium
    .launch({ executablePath, args: CHROMIUM_ARGS })
    .catch(async (error: unknown) => {
      await server.close()
      throw error
    })
  return {
    browser,
    url: server.url,
    origin: new URL(server.url).origin,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

/** Photographs the built map once per preset and returns what was written. */
export async function captureScreenshots(options: CaptureOptions = {}): Promise<Shot[]> {
  const presets = options.presets ?? PRESET_NAMES
  if (options.file && presets.length !== 1) throw new Error('--file needs exactly one preset')
  const log = options.log ?? console.log
  const view = viewParams(options.url)
  // screenshot=1 always wins (a URL copied from the map may carry another value), and is left
  // out of file names, where it would say nothing.
  view.delete('screenshot')
  const slug = slugOf(view)
  const search = `?screenshot=1${view.toString() && `&${view}`}`

  const studio = await openStudio(options.dist)
  try {
    const shots: Shot[] = []
    for (const preset of presets) {
      const path = outputPath(options, preset, slug)
      const shot = await capture(
        studio.browser,
        studio.origin,
        `${studio.url}${search}`,
        preset,
        options,
        path,
      )
      log(`${shown(shot.file)}  ${shot.width}×${shot.height}`)
      shots.push(shot)
    }
    return shots
  } finally {
    await studio.close()
  }
}
