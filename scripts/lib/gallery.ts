/**
 * A reader's gallery (`npm run gallery`): PNGs of the key states of the built map at the five
 * reader sizes, light and dark, and an `index.html` contact sheet beside them, so an editor or a
 * reviewer looks at every screen a reader gets before publishing. One browser for the run, one
 * page per size and theme, reused from state to state; tiles and every other host are blocked,
 * as in scripts/lib/screenshots.ts, whose server and Chromium launch this uses.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { embedSnippet } from '../../src/domain/embed-snippet.ts'
import {
  CLINIC_ID,
  GROUP,
  GROUPS_PLACED,
  GROUP_MEMBERS,
  LIST,
  MAP_READY,
  MARKER,
} from '../../src/domain/dom-contract.ts'
import { READER_SIZES, type ReaderSize } from './reader-sizes.ts'
import { openStudio, waitUntilDrawn } from './screenshots.ts'

export type Size = ReaderSize

/** The app's phone layout starts at 600 px and below (src/styles), whatever the size's label. */
const isPhone = (size: { width: number }) => size.width <= 600
export type Theme = 'light' | 'dark'

/** One state to photograph: how to reach it from a page at the built site's address. */
export interface GalleryState {
  name: string
  title: string
  /** Whether this size shows the state (the phone list exists only on phones, for instance). */
  at?: (size: Size) => boolean
  /** Shoot the whole page, not only the first screen. */
  fullPage?: boolean
  go(page: Page, url: string, size: Size): Promise<void>
}

/** The article column an embed sits in at this screen size (the two the issue names). */
export const articleColumn = (size: Size) =>
  size.width >= 712 ? 680 : Math.min(358, size.width - 32)

// Stryker disable all: browser glue (drives Chromium for npm run gallery), judged by running it; mutation testing covers the pure helpers around it
async function open(page: Page, url: string, query: string) {
  await page.goto(`${url}${query}`)
  await waitUntilDrawn(page, query || 'first view', 8_000, console.warn)
  // The list renders after the map's first paint: a picture taken at "map drawn" could show its
  // column empty (the phone list did). Wait for its rows or its "no clinic" note.
  await page
    .locator(`.${LIST}, .clinic-list-empty`)
    .first()
    .waitFor({ state: 'attached', timeout: 8_000 })
  // Group buttons arrive just after the first view (docs/targets.md): a picture taken before
  // them showed the 320 px map without its group badges. A still has none, so a miss is no error.
  await page
    .locator(`[${GROUPS_PLACED}]`)
    .waitFor({ state: 'attached', timeout: 3_000 })
    .catch(() => undefined)
}

/**
 * A search from the link (`?q=`): its answer comes once the search code and the places have
 * loaded, and the map fits to its clinics a moment later (StrikeMap's FitTo waits 250 ms, then
 * flies). A picture taken before showed the answer over the whole region's map.
 */
async function openSearch(page: Page, url: string, query: string) {
  await open(page, url, query)
  await page.waitForFunction(
    () => (document.querySelector('.clinic-search__result')?.textContent ?? '').trim() !== '',
    undefined,
    { timeout: 8_000 },
  )
  await page.waitForTimeout(400)
  // Still: no zoom under way and the marker pane where it was 150 ms ago.
  let last = ''
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => {
      const pane = document.querySelector<HTMLElement>('.leaflet-map-pane')
      return document.querySelector('.leaflet-zoom-anim') ? 'moving' : (pane?.style.transform ?? '')
    })
    if (now === last && now !== 'moving') return
    last = now
    await page.waitForTimeout(150)
  }
}

/**
 * As a reader opens a clinic from the map: where its marker lies under a group button
 * (docs/targets.md), the group is pressed until the clinic stands apart, then its marker.
 */
async function openFromMarker(page: Page, id: string) {
  await page.locator(`[${GROUPS_PLACED}]`).waitFor({ state: 'attached', timeout: 8_000 })
  for (let i = 0; i < 6; i++) {
    const group = page.locator(`.${GROUP}[${GROUP_MEMBERS}~="${id}"]`)
    if ((await group.count()) === 0) break
    await group.press('Enter')
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'))
    await page.waitForTimeout(400)
  }
  await page.locator(`.${MARKER}:has([${CLINIC_ID}="${id}"])`).click()
}

async function openEmbed(page: Page, url: string, size: Size) {
  const column = articleColumn(size)
  const article = `${url}gallery-article-${column}.html`
  const snippet = embedSnippet(`${url}?embed=1`, 'Where Allina’s doctors struck (gallery)')
  await page.route(article, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta name="viewport" content="width=device-width">
<title>Article</title><style>body{margin:0;padding:0 16px;font:18px/1.6 Georgia,serif}
main{max-width:${column}px;margin:0 auto}p{color:#444}</style></head><body><main>
<h1>An article with the map (${column} px column)</h1><p>${'The story so far. '.repeat(14)}</p>
${snippet}<p>${'The story goes on. '.repeat(14)}</p></main></body></html>`,
    }),
  )
  await page.goto(article)
  const frame = page.frameLocator('iframe')
  await frame.locator(`html[${MAP_READY}="true"]`).waitFor({ state: 'attached' })
  // Let the height messages resize the iframe before the picture.
  let last = -1
  for (let i = 0; i < 20; i++) {
    const h = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)
    if (h === last) break
    last = h
    await page.waitForTimeout(150)
  }
}

export const GALLERY_STATES: readonly GalleryState[] = [
  { name: 'first-view', title: 'First view', go: (p, u) => open(p, u, '') },
  {
    name: 'first-view-page',
    title: 'First view, whole page',
    fullPage: true,
    go: (p, u) => open(p, u, ''),
  },
  ...['2025-06-03', '2025-11-02', '2025-11-05', '2026-02-01'].map((date) => ({
    name: `date-${date}`,
    title: `Date ${date}`,
    go: (p: Page, u: string) => open(p, u, `?date=${date}`),
  })),
  {
    name: 'details-from-marker',
    title: 'Details opened from a marker (River Falls)',
    go: async (p, u) => {
      await open(p, u, '')
      await openFromMarker(p, 'river-falls')
      await p.getByTestId('clinic-details').waitFor()
      await waitUntilDrawn(p, 'details', 8_000, console.warn)
    },
  },
  {
    name: 'details-from-link',
    title: 'Details from a link (?clinic=west-st-paul)',
    go: async (p, u) => {
      await open(p, u, '?clinic=west-st-paul')
      await p.getByTestId('clinic-details').waitFor()
    },
  },
  {
    name: 'search-results',
    title: 'Search with results (Lakeville)',
    go: (p, u) => openSearch(p, u, '?q=Lakeville'),
  },
  {
    name: 'search-none',
    title: 'Search with no results (Duluth)',
    go: (p, u) => openSearch(p, u, '?q=Duluth'),
  },
  {
    name: 'phone-list',
    title: 'Phone list (panel=list)',
    at: isPhone,
    go: (p, u) => open(p, u, '?panel=list'),
  },
  {
    name: 'embed',
    title: 'Embed in an article column (680 px, or 358 px on phones)',
    fullPage: true,
    go: (p, u, size) => openEmbed(p, u, size),
  },
]

// Stryker restore all
export interface GalleryShot {
  state: GalleryState
  size: Size
  theme: Theme
  file: string
}

export const shotName = (state: string, size: Size, theme: Theme) =>
  `${state}-${size.width}x${size.height}-${theme}.png`

// Stryker disable all: browser glue (drives Chromium for npm run gallery), judged by running it; mutation testing covers the pure helpers around it
/** Photographs every state at every size and theme into `outDir`; returns what was written. */
export async function captureGallery(options: {
  outDir: string
  dist?: string
  states?: readonly GalleryState[]
  sizes?: readonly Size[]
  themes?: readonly Theme[]
  log?: (line: string) => void
}): Promise<GalleryShot[]> {
  const log = options.log ?? console.log
  const studio = await openStudio(options.dist)
  const shots: GalleryShot[] = []
  try {
    await mkdir(options.outDir, { recursive: true })
    for (const size of options.sizes ?? READER_SIZES) {
      for (const theme of options.themes ?? (['light', 'dark'] as const)) {
        const context = await studio.browser.newContext({
          viewport: size,
          isMobile: isPhone(size),
          hasTouch: isPhone(size),
          colorScheme: theme,
          reducedMotion: 'reduce',
          locale: 'en-US',
          timezoneId: 'America/Chicago',
        })
        await context.route(
          (url) => url.origin !== studio.origin,
          (route) => route.abort(),
        )
        const page = await context.newPage()
        page.on('pageerror', (e) =>
          log(`  page error (${size.width}x${size.height} ${theme}): ${e.message}`),
        )
        for (const state of options.states ?? GALLERY_STATES) {
          if (state.at && !state.at(size)) continue
          const file = join(options.outDir, shotName(state.name, size, theme))
          await state.go(page, studio.url, size)
          await page.screenshot({
            path: file,
            fullPage: state.fullPage ?? false,
            animations: 'disabled',
            caret: 'hide',
          })
          shots.push({ state, size, theme, file })
          log(file)
        }
        await context.close()
      }
    }
  } finally {
    await studio.close()
  }
  await writeFile(join(options.outDir, 'index.html'), contactSheet(shots))
  return shots
}

// Stryker restore all
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The contact sheet: one section per state, its pictures side by side, light above dark. */
export function contactSheet(shots: readonly GalleryShot[]): string {
  const states = [...new Set(shots.map((s) => s.state))]
  const sections = states.map((state) => {
    const figures = shots
      .filter((s) => s.state === state)
      .map((s) => {
        const name = shotName(state.name, s.size, s.theme)
        const caption = `${s.size.width}×${s.size.height} ${s.theme}`
        return `<figure><a href="${escapeHtml(name)}"><img src="${escapeHtml(name)}" alt="${escapeHtml(`${state.title}, ${caption}`)}" loading="lazy"></a><figcaption>${escapeHtml(caption)}</figcaption></figure>`
      })
    return `<section><h2>${escapeHtml(state.title)}</h2><div class="row">${figures.join('')}</div></section>`
  })
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader's gallery</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:1rem 2rem;background:#f4f4f4}
.row{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
figure{margin:0;background:#fff;padding:.4rem;border:1px solid #ccc}
img{display:block;max-height:420px;max-width:360px;width:auto;height:auto}
h2{margin:2rem 0 .5rem;font-size:1.1rem}</style></head><body>
<h1>Reader's gallery</h1><p>${shots.length} pictures of the built map, tiles blocked. Click one for full size.</p>
${sections.join('\n')}</body></html>
`
}
