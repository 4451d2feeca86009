/**
 * The benchmark's measurements in headless Chromium (Debian's, via playwright-core): time to the
 * first clinic marker, and the time to apply a date-slider step or a filter change. Tile requests
 * are aborted, as on this offline machine and in the tests.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs'
import { MARKER } from '../../src/domain/dom-contract.ts'

/**
 * Without these, headless Chromium paces requestAnimationFrame at 60 Hz and every step timing
 * would be a multiple of 16.7 ms; unthrottled, "until the next frame" measures the work.
 */
export const UNTHROTTLED = ['--disable-gpu-vsync', '--disable-frame-rate-limit']

export async function launch(extra: readonly string[] = []): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium')
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extra] })
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name();
  // the functions sent to page.evaluate() carry those calls into the page.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  const page = await context.newPage()
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
  return { context, page }
}

interface Probe {
  __firstMarker?: number
}

/**
 * Milliseconds from navigation start to the first `.clinic-marker` in the DOM, in a fresh
 * context (empty cache). Also returns the JS files the page fetched until the network was idle.
 */
export async function timeFirstMarker(
  browser: Browser,
  url: string,
): Promise<{ ms: number; scripts: string[] }> {
  const { context, page } = await freshPage(browser)
  const scripts: string[] = []
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(new URL(r.url()).pathname)
  })
  await page.addInitScript((marker) => {
    const probe = window as unknown as Probe
    const observer = new MutationObserver(() => {
      if (!document.querySelector(`.${marker}`)) return
      probe.__firstMarker = performance.now() // performance.now() counts from navigation start
      observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true })
  }, MARKER)
  await page.goto(url)
  await page.waitForFunction(() => (window as unknown as Probe).__firstMarker !== undefined)
  const ms = await page.evaluate(() => (window as unknown as Probe).__firstMarker ?? Number.NaN)
  await page.waitForLoadState('networkidle')
  await context.close()
  return { ms, scripts }
}

export type StepKind = 'slider' | 'filter'

/**
 * Opens the app (with `dataset` served instead of data/clinics.geojson when given) and waits
 * until the clinics are drawn and the page is idle. Close the returned context when done.
 */
export async function openApp(browser: Browser, url: string, dataset?: string) {
  const { context, page } = await freshPage(browser)
  if (dataset !== undefined)
    await page.route(/\/data\/clinics\.geojson$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body: dataset }),
    )
  await page.goto(url)
  await page.waitForSelector(`.${MARKER}, .leaflet-overlay-pane canvas`, { state: 'attached' })
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500) // the late schema check and the first URL write settle
  return { context, page }
}

/**
 * `steps` date-slider steps (one day each, wrapping at the end) or filter changes (the Struck
 * status box, on and off), each timed inside the page from just before the input event to
 * "paint done": a requestAnimationFrame callback after the event posts a MessageChannel message,
 * which runs once that frame's style, layout and paint are finished (the frame that shows the
 * change). Each step starts on a quiet frame. Returns `[toPaint, toCommit]` per step, in ms;
 * `toCommit` is the synchronous part (the input handler, and React's commit for input events).
 * The app and the floor page (floor.ts) have the same two controls under the same selectors.
 */
export async function timeSteps(page: Page, kind: StepKind, steps: number) {
  return page.evaluate(
    async ({ kind, steps }) => {
      const quiet = () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done())),
        )
      const painted = () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => done(performance.now())
            channel.port2.postMessage(null)
          }),
        )
      let act: () => void
      if (kind === 'slider') {
        const input = document.querySelector<HTMLInputElement>('.date-slider input[type=range]')
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
        if (!input || !setValue) throw new Error('no date slider')
        const [min, max] = [Number(input.min), Number(input.max)]
        act = () => {
          const next = Number(input.value) >= max ? min : Number(input.value) + 1
          setValue.call(input, String(next)) // the native setter, so React sees a change
          input.dispatchEvent(new Event('input', { bubbles: true }))
        }
      } else {
        const box = document.querySelector<HTMLInputElement>(
          '.legend-statuses input[value="struck"]',
        )
        if (!box) throw new Error('no Struck filter box')
        act = () => box.click()
      }
      const out: [number, number][] = []
      for (let i = 0; i < steps; i++) {
        await quiet()
        const start = performance.now()
        act()
        const committed = performance.now()
        const done = await painted()
        out.push([done - start, committed - start])
      }
      return out
    },
    { kind, steps },
  )
}
