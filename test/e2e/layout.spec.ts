/**
 * Issue 10's layout geometry, as a reader at five screen sizes sees it: where the map starts,
 * the legend beside it, no sideways scrolling, no blank page, details that fit and never hide
 * their own marker, and the search a few Tab presses from the top. Sizes and limits come from
 * the issue; boxes are measured with getBoundingClientRect in real Chromium.
 *
 * A green run does not prove the page looks good (screenshots do that), nor that a screen
 * reader announces it well (map.spec.ts runs axe); only that these boxes sit where they must.
 */
import type { Browser, Locator, Page } from '@playwright/test'
import { READER_SIZES, type ReaderSize } from '../../scripts/lib/reader-sizes.ts'
import { expect, listRows, openMap, ownMarker, rows, slider, test } from './support.ts'
import { CLINIC_ID, MARKER } from '../../src/domain/dom-contract.ts'

type Size = ReaderSize

/** Clinics at the map's edges, where a card beside them is most likely to cover them. */
const EDGE_CLINICS = ['river-falls', 'west-st-paul', 'cambridge', 'faribault']

type Box = { top: number; left: number; bottom: number; right: number }

async function box(loc: Locator): Promise<Box> {
  const b = await loc.boundingBox()
  if (!b) throw new Error('element has no box')
  return { top: b.y, left: b.x, bottom: b.y + b.height, right: b.x + b.width }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/** The gap between two boxes (0 when they touch or overlap). */
function gap(a: Box, b: Box): number {
  const dx = Math.max(0, b.left - a.right, a.left - b.right)
  const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom)
  return Math.hypot(dx, dy)
}

async function open(browser: Browser, size: Size): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    isMobile: size.phone,
    hasTouch: size.phone,
  })
  return context.newPage()
}

const mapOf = (page: Page) => page.getByRole('region', { name: /^Map of the clinics/ })
// The status legend beside the map: its name says the date it counts ("On 5 Nov 2025").
const legendOf = (page: Page) => page.locator('#map-legend').getByRole('group').first()
const details = (page: Page) => page.getByTestId('clinic-details')
const search = (page: Page) => page.getByLabel(/clinic, city or ZIP/i)
const markerOf = (page: Page, id: string) =>
  page.locator(`.${MARKER}`, { has: page.locator(`[${CLINIC_ID}="${id}"]`) })

/** The details are fully on screen, never sideways, not over the headline or their marker. */
async function expectDetailsFit(page: Page, size: Size, id: string) {
  await expect(details(page)).toBeVisible()
  // Panning and the sheet's entrance settle first.
  await page.waitForTimeout(600)
  const d = await box(details(page))
  expect.soft(d.top, 'details start on screen').toBeGreaterThanOrEqual(0)
  expect.soft(d.left, 'details start on screen').toBeGreaterThanOrEqual(0)
  expect.soft(d.right, 'details end on screen').toBeLessThanOrEqual(size.width + 0.5)
  expect.soft(d.bottom, 'details end on screen').toBeLessThanOrEqual(size.height + 0.5)
  const sideways = await details(page).evaluate((el) => el.scrollWidth - el.clientWidth)
  expect.soft(sideways, 'details never scroll sideways').toBeLessThanOrEqual(0)
  if (size.phone) {
    expect
      .soft(d.right - d.left, 'a full-width sheet on phones')
      .toBeGreaterThanOrEqual(size.width - 1)
    expect
      .soft(d.bottom - d.top, 'the sheet leaves the map above')
      .toBeLessThanOrEqual(size.height * 0.62)
    const h1 = await box(page.getByRole('heading', { level: 1 }))
    const top = Math.max(0, h1.top)
    if (h1.bottom > 0)
      expect.soft(d.top, 'the sheet leaves the headline').toBeGreaterThanOrEqual(top)
  }
  const marker = await box(markerOf(page, id))
  const map = await box(mapOf(page))
  expect.soft(overlaps(marker, d), `the details cover ${id}'s marker`).toBe(false)
  expect
    .soft(marker.top >= map.top && marker.bottom <= map.bottom, `${id}'s marker in the map`)
    .toBe(true)
  expect
    .soft(marker.top >= 0 && marker.bottom <= size.height, `${id}'s marker on screen`)
    .toBe(true)
}

/** Whether the focused element's label (or text) matches, without waiting for anything. */
function focusIs(page: Page, name: RegExp): Promise<boolean> {
  return page.evaluate((source) => {
    const el = document.activeElement
    if (!el || el === document.body) return false
    const labelled = el.getAttribute('aria-labelledby')
    const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : []
    const parts: (string | null | undefined)[] = [
      ...labels.map((l) => l.textContent),
      el.getAttribute('aria-label'),
      labelled ? document.getElementById(labelled)?.textContent : '',
      el.textContent,
    ]
    const text = parts.join(' ')
    return new RegExp(source, 'i').test(text)
  }, name.source)
}

async function noSidewaysScroll(page: Page) {
  const over = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect.soft(over, 'the page scrolls sideways').toBeLessThanOrEqual(0)
}

for (const size of READER_SIZES) {
  const name = `${size.width}x${size.height}`
  test.describe(name, () => {
    test('first screen: map near the top, legend beside it, date control in view', async ({
      browser,
    }) => {
      const page = await open(browser, size)
      await openMap(page)
      const map = await box(mapOf(page))
      expect
        .soft(map.top, 'the map starts in the top 40% of the screen')
        .toBeLessThanOrEqual(size.height * 0.4)
      // The legend that filters (the status checkboxes) is shown, not folded, beside the map.
      const legend = legendOf(page)
      await expect(legend).toBeVisible()
      await expect(legend.getByRole('checkbox').first()).toBeVisible()
      expect
        .soft(gap(await box(legend), map), 'legend within 1.5rem of the map')
        .toBeLessThanOrEqual(24)
      if (size.width >= 1000) {
        const inView = (b: Box) =>
          b.top >= 0 && b.bottom <= size.height && b.left >= 0 && b.right <= size.width
        expect.soft(inView(map), 'the whole map on the first screen').toBe(true)
        expect
          .soft(inView(await box(slider(page))), 'the date slider on the first screen')
          .toBe(true)
        for (const label of ['Previous event', 'Next event'])
          expect
            .soft(
              inView(await box(page.getByRole('button', { name: label }))),
              `${label} on the first screen`,
            )
            .toBe(true)
        expect.soft(inView(await box(legend)), 'the legend on the first screen').toBe(true)
      }
      await noSidewaysScroll(page)
      await page.context().close()
    })

    test('the map draws inside its frame: nothing hidden under its edge, credits in view', async ({
      browser,
    }) => {
      const page = await open(browser, size)
      await openMap(page)
      const frame = await box(page.locator('.map-frame'))
      const inside = (b: Box) =>
        b.top >= frame.top - 1 &&
        b.bottom <= frame.bottom + 1 &&
        b.left >= frame.left - 1 &&
        b.right <= frame.right + 1
      // Leaflet fits the clinics to its own box: one taller than the frame puts the southern
      // clinics and the credit line under the frame's bottom edge.
      expect(
        inside(await box(page.locator('.leaflet-container'))),
        'the map within its frame',
      ).toBe(true)
      const credits = page.locator('.leaflet-control-attribution')
      await expect(credits).toBeVisible()
      expect(inside(await box(credits)), 'the credit line inside the frame').toBe(true)
      await page.context().close()
    })

    test('the search box is a full-size target, as tall as Near me beside it', async ({
      browser,
    }) => {
      const page = await open(browser, size)
      await openMap(page)
      // The search's own code replaces its prerendered stand-in just after the first view:
      // measured as a pair, again until both are drawn.
      const heights = async () => {
        const [input, near] = [
          await search(page).boundingBox(),
          await page.getByRole('button', { name: 'Near me' }).boundingBox(),
        ]
        return input && near ? [input.height, near.height] : [0, -1]
      }
      await expect
        .poll(async () => {
          const [input, near] = await heights()
          return input! >= 44 && Math.abs(input! - near!) < 1
        }, 'the search box 44 px tall like every control, and as tall as Near me beside it')
        .toBe(true)
      await page.context().close()
    })

    test('no blank page after the content, nothing escapes the side panel', async ({ browser }) => {
      const page = await open(browser, size)
      await openMap(page)
      const blank = await page.evaluate(() => {
        const root = document.getElementById('root')!
        const end = root.getBoundingClientRect().bottom + window.scrollY
        return document.documentElement.scrollHeight - end
      })
      expect.soft(blank, 'empty space after the content').toBeLessThanOrEqual(48)
      await page.context().close()
    })

    test('search is a few Tab presses from the top, and a skip link passes the markers', async ({
      browser,
    }) => {
      const page = await open(browser, size)
      await openMap(page)
      let presses = 0
      while (presses < 40 && !(await focusIs(page, /clinic, city or ZIP/i))) {
        await page.keyboard.press('Tab')
        presses++
      }
      expect.soft(presses, 'Tab presses from the top to the search').toBeLessThanOrEqual(10)
      await expect(search(page)).toBeFocused()
      // On from the search: a skip link comes before the first marker and lands past them.
      const skip = page.getByRole('link', { name: /^skip the map.*filters/i })
      for (let i = 0; i < 30 && !(await focusIs(page, /skip the map.*filters/i)); i++)
        await page.keyboard.press('Tab')
      await expect(skip).toBeFocused()
      await expect(skip).toBeInViewport()
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      const onMarker = await page.evaluate(
        () => document.activeElement?.closest('.leaflet-marker-pane') !== null,
      )
      expect.soft(onMarker, 'after the skip link, Tab is past the markers').toBe(false)
      // Past the markers is the legend that filters: its first status box.
      await expect(legendOf(page).getByRole('checkbox').first()).toBeFocused()
      await expect(page.getByRole('link', { name: /^skip the map.*clinic list/i })).toBeAttached()
      await page.context().close()
    })

    test('details from a shared link fit the screen and leave the marker visible', async ({
      browser,
    }) => {
      const page = await open(browser, size)
      for (const id of EDGE_CLINICS) {
        await openMap(page, `?clinic=${id}`)
        await expectDetailsFit(page, size, id)
        await noSidewaysScroll(page)
      }
      await page.context().close()
    })

    test('details from the list and from a marker fit the screen', async ({ browser }) => {
      const byMarker = 'river-falls'
      const page = await open(browser, size)
      await openMap(page)
      if (size.phone) await page.getByRole('button', { name: 'List', exact: true }).click()
      await listRows(page)
        .and(page.locator(`[${CLINIC_ID}="west-st-paul"]`))
        .click()
      // On phones a row shows its clinic on the map, with the sheet under it.
      await expectDetailsFit(page, size, 'west-st-paul')
      await page.getByRole('button', { name: 'Close details' }).click()
      await expect(details(page)).toHaveCount(0)
      await (await ownMarker(page, byMarker)).click()
      await expectDetailsFit(page, size, byMarker)
      // Back and Forward reopen it the same way.
      await page.goBack()
      await expect(details(page)).toHaveCount(0)
      await page.goForward()
      await expectDetailsFit(page, size, byMarker)
      await page.context().close()
    })
  })
}

test('control names are words, not their small-capital look', async ({ page }) => {
  // Chromium's own accessibility tree, which applies CSS text-transform to names (Playwright's
  // role queries do not, and pass either way).
  await openMap(page)
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string } }[]
  }
  const named = (role: string) =>
    nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value)
  expect(named('slider')).toEqual(['Date'])
  expect(named('group')).toContain('On 5 Nov 2025')
})

test('list rows read "name, city, status" with no stray " , "', async ({ page }) => {
  await openMap(page)
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string } }[]
  }
  const rowNames = nodes
    .filter(
      (n) => n.role?.value === 'button' && /^Allina Health .*Clinic/.test(n.name?.value ?? ''),
    )
    .map((n) => n.name?.value ?? '')
  expect(rowNames.length).toBeGreaterThan(30)
  for (const name of rowNames) expect(name).not.toMatch(/\s,/)
})

test('the list is in alphabetical order by name, and says so', async ({ page }) => {
  await openMap(page)
  const names = await listRows(page).locator('.clinic-list-name').allTextContents()
  // The first name of data/clinics.csv in alphabetical order.
  const first = rows.map((r) => r.name ?? '').sort((a, b) => a.localeCompare(b, 'en'))[0]
  expect(names[0]).toBe(first)
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'))
  expect(names).toEqual(sorted)
  await expect(page.getByText(/by name/i).first()).toBeVisible()
})
