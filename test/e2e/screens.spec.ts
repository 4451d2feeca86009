/**
 * Issue 10's reader details that are not box geometry (layout.spec.ts holds that): where focus
 * goes when details close or a failed load is retried, what printing shows, the dark theme's map
 * controls and faint symbols, and a phone's one-finger swipe over the map.
 */
import type { Page } from '@playwright/test'
import { expect, listRows, markers, openMap, ownMarker, phonePage, rows, test } from './support.ts'
import { CLINIC_ID, MARKER } from '../../src/domain/dom-contract.ts'

const details = (page: Page) => page.getByTestId('clinic-details')
const row = (page: Page, id: string) => listRows(page).and(page.locator(`[${CLINIC_ID}="${id}"]`))
const marker = (page: Page, id: string) =>
  page.locator(`.${MARKER}`, { has: page.locator(`[${CLINIC_ID}="${id}"]`) })

test('Back closes the details and returns focus to the row that opened them', async ({ page }) => {
  await openMap(page)
  await row(page, 'hastings').click()
  await expect(details(page)).toBeVisible()
  await page.goBack()
  await expect(details(page)).toHaveCount(0)
  await expect(row(page, 'hastings')).toBeFocused()
})

test('the close button and Esc return focus to the marker that opened them', async ({ page }) => {
  await openMap(page)
  await (await ownMarker(page, 'hastings')).click()
  await expect(details(page)).toBeVisible()
  await page.getByRole('button', { name: 'Close details' }).click()
  await expect(marker(page, 'hastings')).toBeFocused()
  await marker(page, 'hastings').press('Enter')
  await expect(details(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(marker(page, 'hastings')).toBeFocused()
  // Back after that close reopens them; Back again closes them and focus is on the marker.
  await page.goBack()
  await expect(details(page)).toBeVisible()
  await page.goBack()
  await expect(details(page)).toHaveCount(0)
  await expect(marker(page, 'hastings')).toBeFocused()
})

test.describe('a failed load', () => {
  test.use({ allowErrors: [/Failed to load resource/] })
  test('after Try again, focus is on the page heading, not lost on <body>', async ({ page }) => {
    let fixed = false
    await page.route(/data\/clinics\.geojson$/, (route) =>
      fixed ? route.continue() : route.fulfill({ status: 503, body: 'down' }),
    )
    await page.goto('./')
    await expect(page.getByRole('alert')).toBeVisible()
    fixed = true
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(markers(page)).toHaveCount(rows.length)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  })
})

test('print shows the whole strike region and the selected clinic’s details', async ({ page }) => {
  // River Falls at the region's east edge: opening it pans the map and crops the west.
  await page.setViewportSize({ width: 1280, height: 720 })
  await openMap(page, '?clinic=river-falls')
  await expect(details(page)).toBeVisible()
  await page.waitForTimeout(600)
  await page.emulateMedia({ media: 'print' })
  await page.waitForTimeout(300)
  const map = await page.getByRole('region', { name: /^Map of the clinics/ }).boundingBox()
  if (!map) throw new Error('no map')
  // The region is every clinic but those judged outside it (evidence "unlikely", data/clinics.csv).
  const inRegion = rows.filter((r) => r.evidence !== 'unlikely').map((r) => r.id)
  expect(inRegion.length).toBeGreaterThan(30)
  const outside: string[] = []
  for (const id of inRegion) {
    const b = await marker(page, id!).boundingBox()
    if (!b || b.x < map.x || b.y < map.y || b.x + b.width > map.x + map.width) outside.push(id!)
    else if (b.y + b.height > map.y + map.height) outside.push(id!)
  }
  expect(outside, 'clinics cut off the printed map').toEqual([])
  await expect(details(page)).toBeVisible()
  await expect(details(page)).toContainText('River Falls')
})

/** WCAG relative luminance of an `rgb(…)` / `rgba(…)` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

test('dark theme: the zoom buttons are dark and the faint key symbol stands out', async ({
  page,
}) => {
  await openMap(page, '?theme=dark')
  const zoom = page.getByRole('button', { name: 'Zoom in' })
  const bg = await zoom.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect.soft(luminance(bg), `zoom button background ${bg}`).toBeLessThan(0.1)
  // The faint key symbol (hollow: its ring is the colour) as drawn: the ring's colour at its
  // opacity over the page, against the page.
  const {
    fill,
    opacity,
    page: pageBg,
  } = await page
    .locator('.legend-key svg[data-faint] path')
    .first()
    .evaluate((el) => ({
      fill: getComputedStyle(el).stroke,
      opacity: Number(getComputedStyle(el.parentElement!).opacity),
      page: getComputedStyle(document.body).backgroundColor,
    }))
  const mix = (a: string, b: string, t: number) => {
    const x = (a.match(/[\d.]+/g) ?? []).map(Number)
    const y = (b.match(/[\d.]+/g) ?? []).map(Number)
    return `rgb(${[0, 1, 2].map((i) => (x[i] ?? 0) * t + (y[i] ?? 0) * (1 - t)).join(',')})`
  }
  const drawn = luminance(mix(fill, pageBg, opacity))
  const ratio =
    (Math.max(drawn, luminance(pageBg)) + 0.05) / (Math.min(drawn, luminance(pageBg)) + 0.05)
  expect(ratio, 'faint symbol contrast with the dark page').toBeGreaterThanOrEqual(3)
})

test('phone: one finger over the map scrolls the page; after a tap it pans the map', async ({
  browser,
}) => {
  const page = await phonePage(browser)
  await openMap(page)
  // The page is prerendered: the map and its scroll guard come after the text. The hint is the
  // sign a reader gets that one finger scrolls the page.
  await expect(page.getByText('Click or tap the map to explore it')).toBeVisible()
  const map = await page.getByRole('region', { name: /^Map of the clinics/ }).boundingBox()
  if (!map) throw new Error('no map')
  const cdp = await page.context().newCDPSession(page)
  // A real touch sequence through the browser's input pipeline (Playwright only taps).
  const swipe = async () => {
    const x = map.x + map.width / 2
    const y = map.y + map.height * 0.6
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x, y: y - i * 20 }],
      })
      await page.waitForTimeout(16)
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await page.waitForTimeout(300)
  }
  // Where the page is once the swipe's fling has run out (two reads 100 ms apart agree).
  const settledScroll = async () => {
    let last = -1
    await expect
      .poll(async () => {
        const now = await page.evaluate(() => window.scrollY)
        const still = now === last
        last = now
        if (!still) await page.waitForTimeout(100)
        return still
      })
      .toBe(true)
    return last
  }
  await swipe()
  expect(await settledScroll()).toBeGreaterThan(100)
  // After a tap on the map the same swipe pans the map and leaves the page where it was.
  // The page must be still first: a tap during a fling only stops the fling (no click), and
  // the swipe waits for the hint to go, the sign a reader sees that the map is theirs.
  await page.evaluate(() => window.scrollTo(0, 0))
  expect(await settledScroll()).toBe(0)
  await page.touchscreen.tap(map.x + 20, map.y + map.height - 60)
  await expect(page.getByText('Click or tap the map to explore it')).toBeHidden()
  await swipe()
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(20)
  await page.context().close()
})
