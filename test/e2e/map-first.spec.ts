import type { Page, Route } from '@playwright/test'
import { expect, listRows, markers, phonePage, rows, test } from './support.ts'

/**
 * Issue 14's first view, third round (docs/performance.md): the map and its markers are drawn
 * before the parts around them hydrate, the head asks for what the first paint and the map need
 * first, and the largest paint is the prerendered text.
 * Timings themselves are measured by `npm run bench`, not here.
 */

const MAIN_SCRIPT = /assets\/index-[\w-]+\.js$/
const LIST_CHUNK = /assets\/ClinicList-[\w-]+\.js$/

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

test('the markers are drawn while the list’s code is still on its way; the list then answers', async ({
  page,
}) => {
  const release = await hold(page, LIST_CHUNK)
  await page.goto('./')
  // Before: the page hydrated only once every prerendered part's code was in, so no marker.
  await expect(markers(page).first()).toBeAttached()
  // The prerendered list stands meanwhile, every clinic in it (data/clinics.csv has one row each).
  await expect(listRows(page)).toHaveCount(rows.length)
  await page.evaluate(() => {
    const list = document.querySelector('.clinic-list') as (Element & { kept?: boolean }) | null
    if (list) list.kept = true
  })
  release()
  await expect(page.locator('html[data-map-ready="true"]')).toBeAttached()
  // Hydrated in place, not drawn again, and alive: a row selects its clinic.
  expect(
    await page.evaluate(
      () => (document.querySelector('.clinic-list') as { kept?: boolean } | null)?.kept,
    ),
  ).toBe(true)
  await page.locator('.clinic-list [data-clinic-id="coon-rapids"]').click()
  await expect(page).toHaveURL(/clinic=coon-rapids/)
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
  await expect(page.locator('html[data-map-ready="true"]')).toBeAttached()
  await page.waitForTimeout(300)
  // The takeover paints nothing larger: the last candidate is still the prerendered text.
  expect((await entries()).at(-1)).toBe(painted)
  await page.context().close()
})
