import { readFileSync } from 'node:fs'
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test'
import { readCsv } from '../../scripts/lib/csv.ts'
import {
  CLINIC_ID,
  GROUP,
  GROUPS_PLACED,
  GROUP_MEMBERS,
  LIST,
  MARKER,
} from '../../src/domain/dom-contract.ts'

/** The editor's rows, straight from the CSV: expected numbers never come from the app's code. */
export const rows = readCsv(readFileSync('data/clinics.csv', 'utf8')).rows.map((r) => r.values)

/** Rows struck on or before `day` and not closed by then, by the plain reading of the columns. */
export function struckBy(day: string) {
  return rows.filter(
    (r) => r.struck_on && r.struck_on <= day && !(r.closed_on && r.closed_on <= day),
  )
}

/** Tile servers: never reached from a test (this machine is offline; CI's runners must not be). */
export const TILES = /tile\.openstreetmap\.org/

/** The reader's zone: every context runs in Minnesota's time, west of UTC (see playwright.config). */
export const READER_TIME_ZONE = 'America/Chicago'

/**
 * Blocks tiles in `context` and reports its pages' errors and `console.error`s to `report`.
 * A page-level route still wins over this one, so a test may serve its own tiles.
 */
async function guard(context: BrowserContext, report: (line: string) => void) {
  await context.route(TILES, (route) => route.abort())
  const watch = (p: Page) => {
    p.on('pageerror', (e) => report(`page error: ${e.message}`))
    p.on('console', (m) => {
      if (m.type() !== 'error') return
      const where = m.location().url
      if (TILES.test(where) || TILES.test(m.text())) return // the blocked tiles themselves
      report(`console error: ${m.text()}${where ? ` (${where})` : ''}`)
    })
  }
  context.pages().forEach(watch)
  context.on('page', watch)
}

/**
 * Every test is guarded, whether or not it asks for anything: tiles are blocked, and a page
 * error or `console.error` on any page of any context the test opens (its own `browser.newContext`
 * ones included) fails it. `errors` is the list so far, for tests that check it mid-way.
 * A test that provokes an error on purpose names it with `test.use({ allowErrors: [/…/] })`.
 */
export const test = base.extend<{ errors: string[]; allowErrors: RegExp[] }>({
  allowErrors: [[], { option: true }],
  errors: [
    async ({ browser, context, allowErrors }, use) => {
      const errors: string[] = []
      const report = (line: string) => {
        if (!allowErrors.some((re) => re.test(line))) errors.push(line)
      }
      await guard(context, report)
      const newContext = browser.newContext.bind(browser)
      browser.newContext = async (options) => {
        const created = await newContext({ timezoneId: READER_TIME_ZONE, ...options })
        await guard(created, report)
        return created
      }
      try {
        await use(errors)
      } finally {
        browser.newContext = newContext
      }
      expect(errors, 'the page threw or logged an error').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** A phone (390 px wide, touch, mobile viewport), guarded like every page; close its context after. */
export async function phonePage(browser: Browser, height = 844): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height },
    isMobile: true,
    hasTouch: true,
  })
  return context.newPage()
}

export const markers = (page: Page) => page.locator(`.leaflet-marker-pane .${MARKER}`)
export const listRows = (page: Page) => page.locator(`.${LIST} [${CLINIC_ID}]`)
export const slider = (page: Page) => page.getByRole('slider', { name: 'Date' })

/** Groups load just after the first view (docs/targets.md): waits until they are in place. */
export async function groupsPlaced(scope: Page | Frame | FrameLocator) {
  await expect(scope.locator(`.leaflet-container[${GROUPS_PLACED}]`)).toBeAttached()
}

/**
 * Waits until the map is still: no zoom animation, and the given element's box (or the marker
 * pane's) holds over 50 ms, so a pan or a fly to a selected clinic has ended.
 */
export async function mapStill(scope: Page | Frame | FrameLocator, box?: Locator) {
  await expect(scope.locator('.leaflet-container.leaflet-zoom-anim')).toHaveCount(0)
  const target = box ?? scope.locator('.leaflet-map-pane').first()
  await expect
    .poll(async () => {
      const a = await target.boundingBox()
      await new Promise((done) => setTimeout(done, 50))
      const b = await target.boundingBox()
      return a !== null && b !== null && a.x === b.x && a.y === b.y
    })
    .toBe(true)
}

/**
 * The marker of one clinic as its own button, as a reader gets it: where it overlaps others at
 * the zoom it is drawn inside a group button (docs/targets.md), and activating the group where
 * the clinic's symbol is zooms in until the clinic stands apart.
 */
export async function ownMarker(scope: Page | Frame | FrameLocator, id: string) {
  const marker = scope.locator(`.leaflet-marker-pane .${MARKER}`, {
    has: scope.locator(`[${CLINIC_ID}="${id}"]`),
  })
  await expect(marker).toBeAttached()
  await groupsPlaced(scope)
  for (let i = 0; i < 6; i++) {
    const group = scope.locator(`.leaflet-marker-pane .${GROUP}[${GROUP_MEMBERS}~="${id}"]`)
    if ((await group.count()) === 0) break
    const members = await group.getAttribute(GROUP_MEMBERS)
    // Where a reader would: on the clinic's symbol, which the group button lies over. The map
    // may still be panning to a selected clinic, or the groups being re-cut, so the two boxes
    // are read once the map is still, and read again if the group moved before the click.
    await mapStill(scope)
    const [g, m] = [await group.boundingBox(), await marker.boundingBox()]
    if (!g || !m) throw new Error(`${id}: no box for its marker or group`)
    const position = { x: m.x + m.width / 2 - g.x, y: m.y + m.height / 2 - g.y }
    if (position.x < 0 || position.y < 0 || position.x > g.width || position.y > g.height) {
      throw new Error(`${id}: its symbol is outside the group button that holds it`)
    }
    const clicked = await group
      .click({ position, timeout: 3_000 })
      .then(() => true)
      .catch(() => false)
    if (!clicked) continue
    await expect(scope.locator(`.${GROUP}[${GROUP_MEMBERS}="${members}"]`)).toHaveCount(0)
  }
  await expect(marker).toHaveClass(/leaflet-interactive/)
  // A group's zoom may still be running: a click during Leaflet's zoom animation is dropped, as
  // a reader's would be. Hand the marker over once the map is still.
  await mapStill(scope, marker)
  return marker
}

/**
 * Opens the map at a query string and waits until every visible clinic is drawn. The page's
 * HTML is prerendered (docs/prerender.md), so the text is there before the script: the map's
 * own box filling in says the script has taken over.
 */
export async function openMap(page: Page, search = '') {
  await page.goto(`./${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/^Showing \d+ of \d+ clinics$/)).toBeAttached()
  await expect(page.locator('.leaflet-container').first()).toBeAttached()
}
