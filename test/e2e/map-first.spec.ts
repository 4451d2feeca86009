import type { Page, Route } from '@playwright/test'
import { expect, listRows, markers, phonePage, rows, test } from './support.ts'
import { CLINIC_ID, LIST, MAP_READY, MARKER } from '../../src/domain/dom-contract.ts'

/**
 * Issue 14's first view, third round (docs/performance.md): the map and its markers are drawn
 * before the parts around them hydrate, the head asks for what the first paint and the map need
 * first, and the largest paint is the prerendered text.
 * Timings themselves are measured by `npm run bench`, not here.
 */

const MAIN_SCRIPT = /assets\/index-[\w-]+\.js$/

/** Holds the requests matching `url` until `release()`. */
async function hold(page: Page, url: RegExp) {
  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  await page.route(url, async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

/** Parts whose prerendered HTML React has taken over (hydrated): it keeps its fiber on the node. */
const PARTS = ['h1', '.legend', '.date-slider', `.${LIST}`, '.methodology']

test('the markers are drawn before the legend, date control, list and footer hydrate; then they answer', async ({
  page,
}) => {
  await page.addInitScript(
    ({ parts, marker }) => {
      const hydrated = () =>
        parts.filter((s) => {
          const el = document.querySelector(s)
          return el !== null && Object.keys(el).some((k) => k.startsWith('__reactFiber'))
        })
      const w = window as unknown as { atFirstMarker?: string[] }
      const observer = new MutationObserver(() => {
        if (!document.querySelector(`.${marker}`)) return
        w.atFirstMarker = hydrated()
        observer.disconnect()
      })
      observer.observe(document, { childList: true, subtree: true })
    },
    { parts: PARTS, marker: MARKER },
  )
  await page.goto('./')
  await expect(markers(page).first()).toBeAttached()
  await page.evaluate((list) => {
    const ol = document.querySelector(`.${list}`) as (Element & { kept?: boolean }) | null
    if (ol) ol.kept = true
  }, LIST)
  // Before: the legend and the date control hydrated with the headline, ahead of the map.
  expect(
    await page.evaluate(() => (window as unknown as { atFirstMarker?: string[] }).atFirstMarker),
  ).toEqual(['h1'])
  await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
  // Hydrated in place, not drawn again, every clinic still listed, and alive.
  expect(
    await page.evaluate(
      (list) => (document.querySelector(`.${list}`) as { kept?: boolean } | null)?.kept,
      LIST,
    ),
  ).toBe(true)
  await expect(listRows(page)).toHaveCount(rows.length)
  await page.getByRole('checkbox', { name: /^Struck, confirmed by reporting/ }).uncheck()
  await expect(page).toHaveURL(/status=/)
  await page.locator(`.${LIST} [${CLINIC_ID}]`).first().click()
  await expect(page).toHaveURL(/clinic=/)
})

test('the head asks for the stylesheets, then the script, its schema and the data, then the parts', async ({
  request,
}) => {
  const html = await (await request.get('./')).text()
  const head = html.slice(0, html.indexOf('</head>'))
  const at = (re: RegExp) => {
    const i = head.search(re)
    expect(i, String(re)).toBeGreaterThan(-1)
    return i
  }
  const lastStylesheet = Math.max(
    ...[...head.matchAll(/<link rel="stylesheet"/g)].map((m) => m.index ?? -1),
  )
  const script = at(/<script type="module"[^>]*src="[^"]*assets\/index-/)
  const schema = at(/rel="modulepreload" href="[^"]*assets\/clinic-schema-/)
  const data = at(/href="\.\/data\/clinics\.geojson"/)
  const basemap = at(/href="\.\/basemap\.json"/)
  const firstPart = at(/rel="modulepreload" href="[^"]*assets\/(ClinicList|FilterPanel|PageNotes)-/)
  // Before: the script and both data preloads came ahead of the stylesheets, the schema last.
  expect(lastStylesheet).toBeLessThan(script)
  expect(script).toBeLessThan(schema)
  expect(schema).toBeLessThan(data)
  expect(Math.max(data, basemap)).toBeLessThan(firstPart)
})

test('the largest paint is prerendered text, painted before any script has run', async ({
  browser,
}) => {
  const page = await phonePage(browser)
  const release = await hold(page, MAIN_SCRIPT)
  await page.addInitScript(() => {
    const w = window as unknown as { lcp: string[] }
    w.lcp = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { element?: Element | null }[])
        w.lcp.push(e.element ? `${e.element.tagName}.${e.element.className}` : '?')
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
  await page.goto('./', { waitUntil: 'commit' })
  const entries = () => page.evaluate(() => (window as unknown as { lcp: string[] }).lcp)
  // Within the 4 s after which index.html's "the map does not appear" note would show.
  await expect.poll(async () => (await entries()).length, { timeout: 3000 }).toBeGreaterThan(0)
  await page.waitForTimeout(200)
  const painted = (await entries()).at(-1)
  // The dek on a phone's width, the coverage line on Lighthouse's: the page's own words.
  expect(painted).toMatch(/^P\.(page-head__dek|coverage-line)/)
  release()
  await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
  await page.waitForTimeout(300)
  // The takeover paints nothing larger: the last candidate is still the prerendered text.
  expect((await entries()).at(-1)).toBe(painted)
  await page.context().close()
})
