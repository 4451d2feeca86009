/**
 * The page when its own files let it down (issue 13, "the page"): a part loaded on demand that
 * fails or was renamed by a redeploy, a missing stylesheet, requests that never answer, a main
 * script that never runs, and a damaged data file. Each must leave a readable page that
 * recovers. A green run covers Chromium only; Safari's import errors name no file and take the
 * entry-script path of src/data/chunk-recovery.ts, which the unit tests cover.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, listRows, markers, openMap, rows, test, TILES } from './support.ts'
import { CLINIC_ID, MAP_READY } from '../../src/domain/dom-contract.ts'

const DATA = /data\/clinics\.geojson$/
const BASEMAP = /basemap\.json$/
const published = readFileSync('data/clinics.geojson', 'utf8')
const showingAll = `Showing ${rows.length} of ${rows.length} clinics`

/** Counts the page's own document loads (the first visit and any reload). */
function countDocumentLoads(page: Page) {
  const loads: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'document' && r.frame() === page.mainFrame()) loads.push(r.url())
  })
  return loads
}

/**
 * The deliberate failures' own console lines: the failed request and the import error React
 * reports from the part's boundary. (One pattern: a fixture option given as a longer array is
 * read by Playwright as `[value, options]`.)
 */
const CHUNK_ERRORS =
  /Failed to fetch dynamically imported module|Failed to load resource|ClinicDetails|EmbedDialog|StillGraphic/

test.describe('a part loaded on demand fails', () => {
  test.use({ allowErrors: [CHUNK_ERRORS] })

  test('details: the dropped file shows its own error, the map stays, Try again loads it', async ({
    page,
  }) => {
    let down = true
    await page.route(/assets\/ClinicDetails-[\w-]+\.js$/, (route) =>
      down ? route.abort('internetdisconnected') : route.continue(),
    )
    const loads = countDocumentLoads(page)
    await openMap(page)
    await listRows(page).first().click()
    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(/The clinic’s details could not be loaded/)
    // Only the card is missing: the map, its markers and the list are all still there.
    await expect(markers(page)).toHaveCount(rows.length)
    await expect(page.getByText(showingAll)).toBeVisible()
    await expect(page.getByText('The clinic map could not be shown.')).toHaveCount(0)
    down = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByTestId('clinic-details')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(loads, 'a dropped connection is not a redeploy: no reload').toHaveLength(1)
  })

  test('Embed dialog: its own error beside the button, Try again opens it', async ({ page }) => {
    let down = true
    await page.route(/assets\/EmbedDialog-[\w-]+\.js$/, (route) =>
      down ? route.abort('internetdisconnected') : route.continue(),
    )
    await openMap(page)
    await page.getByRole('button', { name: 'Embed' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(/The embed code could not be loaded/)
    await expect(markers(page)).toHaveCount(rows.length)
    down = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('textbox', { name: 'Embed code' })).toBeVisible()
  })

  test('screenshot mode: the still’s file fails, Try again draws it', async ({ page }) => {
    let down = true
    await page.route(/assets\/StillGraphic-[\w-]+\.js$/, (route) =>
      down ? route.abort('internetdisconnected') : route.continue(),
    )
    await page.goto('./?screenshot=1')
    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(/The graphic could not be loaded/)
    down = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
    await expect(markers(page)).toHaveCount(rows.length)
  })

  test('a redeploy renamed the file (404): the page reloads once and the details open', async ({
    page,
  }) => {
    // The old page asks for a name the new deploy no longer has; after the reload it is served.
    let gone = true
    await page.route(/assets\/ClinicDetails-[\w-]+\.js$/, (route) =>
      gone ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    )
    const loads = countDocumentLoads(page)
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame() && loads.length > 1) gone = false
    })
    await openMap(page, '?clinic=coon-rapids')
    await expect(page.getByTestId('clinic-details')).toBeVisible()
    expect(loads).toHaveLength(2)
    expect(new URL(loads[1] ?? '').search).toBe('?clinic=coon-rapids')
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('a file that stays missing: one reload only, then the error, and Try again still works', async ({
    page,
  }) => {
    let gone = true
    await page.route(/assets\/ClinicDetails-[\w-]+\.js$/, (route) =>
      gone ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    )
    const loads = countDocumentLoads(page)
    await openMap(page, '?clinic=coon-rapids')
    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(/The clinic’s details could not be loaded/)
    await page.waitForTimeout(1000) // a second reload, if any, would have started by now
    expect(loads, 'reloads are guarded: one, never a loop').toHaveLength(2)
    await expect(markers(page)).toHaveCount(rows.length)
    gone = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByTestId('clinic-details')).toBeVisible()
    expect(loads).toHaveLength(2)
  })
})

test.describe('the stylesheet is missing', () => {
  test.use({ allowErrors: [/status of 404 .*\.css/] })

  test('no tile is requested, and the clinics are still listed', async ({ page }) => {
    await page.route(/assets\/index-[\w-]+\.css$/, (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    )
    const tiles: string[] = []
    page.on('request', (r) => TILES.test(r.url()) && tiles.push(r.url()))
    await openMap(page)
    await expect(listRows(page)).toHaveCount(rows.length)
    await page.waitForTimeout(3000) // the runaway was thousands of requests in 10 s
    expect(tiles.length, 'tile requests without the stylesheet').toBe(0)
  })
})

test.describe('requests that never answer', () => {
  test('hung data: the prerendered page turns into an error with Try again after 15 s', async ({
    page,
  }) => {
    await page.clock.install()
    let hang = true
    await page.route(DATA, (route) => (hang ? undefined : route.continue()))
    await page.goto('./')
    // Meanwhile the page the build prerendered reads as it is, without its map (docs/prerender.md).
    await expect(listRows(page)).toHaveCount(rows.length)
    await page.clock.fastForward(14_000)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.locator('.leaflet-container')).toHaveCount(0)
    await page.clock.fastForward(1_500)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('The clinic data is taking too long to arrive.')
    hang = false
    await page.clock.resume()
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByText(showingAll)).toBeVisible()
    await expect(markers(page)).toHaveCount(rows.length)
  })

  test('hung basemap: the clinics draw at once; after 15 s the map is finished without it', async ({
    page,
  }) => {
    await page.clock.install()
    await page.route(BASEMAP, () => undefined) // never answers
    await page.goto('./')
    await page.clock.runFor(500)
    await expect(markers(page)).toHaveCount(rows.length)
    await expect(page.getByText(showingAll)).toBeVisible()
    await expect(page.locator('.basemap-state')).toHaveCount(0)
    // Not "ready" for a picture while the basemap may still come...
    await expect(page.locator('html')).not.toHaveAttribute(MAP_READY, 'true')
    // ...and ready without it once the time limit has passed.
    await page.clock.fastForward(15_500)
    await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
    await expect(markers(page)).toHaveCount(rows.length)
  })

  test('a slow basemap does not hold up the clinics', async ({ page }) => {
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route(BASEMAP, async (route) => {
      await released
      await route.continue()
    })
    await openMap(page)
    await expect(markers(page)).toHaveCount(rows.length)
    await expect(page.locator('.basemap-state')).toHaveCount(0)
    release()
    await expect(page.locator('.basemap-state--home')).toHaveCount(2)
    await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
  })
})

test.describe('the main script never runs', () => {
  test.use({ allowErrors: [/status of 404 .*\.js/] })

  test('a static note says what to do, with the data download', async ({ page }) => {
    await page.route(/assets\/index-[\w-]+\.js$/, (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    )
    await page.goto('./')
    const note = page.locator('#boot-note')
    await expect(note).toContainText('Loading the map of the Allina Health clinics…')
    // The advice waits a few seconds, so a slow connection is not told too early that it failed.
    await expect(note.getByText(/If the map does not appear, reload the page/)).toBeVisible({
      timeout: 10_000,
    })
    const csv = note.getByRole('link', { name: 'data download (CSV)' })
    expect(
      await page.request
        .get(new URL((await csv.getAttribute('href')) ?? '', page.url()).href)
        .then((r) => r.status()),
    ).toBe(200)
  })

  test('when the script runs, the note is gone', async ({ page }) => {
    await openMap(page)
    await expect(page.locator('#boot-note')).toHaveCount(0)
  })
})

test.describe('a damaged data file', () => {
  test('is never drawn, not even for a moment, before its error', async ({ page }) => {
    const edited = JSON.parse(published) as {
      features: { properties: { sources: string[] } }[]
    }
    const first = edited.features[0]
    if (!first) throw new Error('data/clinics.geojson has no features')
    first.properties.sources = ['data:text/html,<script>alert(1)</script>']
    await page.route(DATA, (route) => route.fulfill({ json: edited }))
    // Records any clinic row or marker the page's script ever inserts, however briefly. (The
    // rows the build prerendered from the published, checked file come with the HTML.)
    await page.addInitScript((clinicId) => {
      const w = window as unknown as { drawn: number }
      w.drawn = 0
      const observer = new MutationObserver((changes) => {
        for (const c of changes)
          for (const n of c.addedNodes)
            if (
              n instanceof Element &&
              (n.matches(`[${clinicId}]`) || n.querySelector(`[${clinicId}]`))
            )
              w.drawn++
      })
      observer.observe(document, { childList: true, subtree: true })
      // Parsing is done before any script of the page runs: what the parser inserted is dropped.
      document.addEventListener(
        'readystatechange',
        () => {
          observer.takeRecords()
          w.drawn = 0
        },
        { once: true },
      )
    }, CLINIC_ID)
    await page.goto('./')
    await expect(page.getByRole('alert')).toContainText(
      /not in the expected format \(features\.0\.properties\.sources\.0: must be a full https:\/\/ address\)/,
    )
    expect(await page.evaluate(() => (window as unknown as { drawn: number }).drawn)).toBe(0)
    expect(await page.locator('a[href^="data:"]').count()).toBe(0)
  })
})
