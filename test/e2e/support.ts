import { readFileSync } from 'node:fs'
import { test as base, expect, type Browser, type Page } from '@playwright/test'
import { readCsv } from '../../src/domain/csv.ts'

/** The editor's rows, straight from the CSV: expected numbers never come from the app's code. */
export const rows = readCsv(readFileSync('data/clinics.csv', 'utf8')).rows.map((r) => r.values)

/** Rows struck on or before `day` and not closed by then, by the plain reading of the columns. */
export function struckBy(day: string) {
  return rows.filter(
    (r) => r.struck_on && r.struck_on <= day && !(r.closed_on && r.closed_on <= day),
  )
}

/** Every page: tile servers blocked (as offline), page errors collected and asserted empty. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
    await use(errors)
    expect(errors, 'the page threw').toEqual([])
  },
})
export { expect }

/** A phone (390 px wide, touch, mobile viewport) with tiles blocked; close its context after. */
export async function phonePage(browser: Browser, height = 844): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height },
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
  return page
}

export const markers = (page: Page) => page.locator('.leaflet-marker-pane .clinic-marker')
export const listRows = (page: Page) => page.locator('.clinic-list [data-clinic-id]')
export const slider = (page: Page) => page.getByRole('slider', { name: 'Date' })

/** Opens the map at a query string and waits until every visible clinic is drawn. */
export async function openMap(page: Page, search = '') {
  await page.goto(`./${search}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/^Showing \d+ of \d+ clinics$/)).toBeAttached()
}
