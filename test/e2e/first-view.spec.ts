/**
 * Issue 5's first view: the schema check's code (zod) stays out of the first view's script and
 * loads in parallel with the data, before the first draw (issue 13: invalid data is never
 * drawn, see src/data/load-dataset.ts); details load on demand. The bad-data messages are in
 * network.spec.ts, the other page faults in faults.spec.ts.
 */
import { expect, listRows, markers, openMap, rows, test } from './support.ts'

const CHECKER = /\/assets\/clinic-schema-[\w-]+\.js$/

test.describe(() => {
  // The aborted checker download is the point of this test.
  test.use({ allowErrors: [/Failed to load resource: net::ERR_FAILED .*clinic-schema-/] })
  test('when the schema checker cannot be downloaded, nothing unchecked is drawn and Try again recovers', async ({
    page,
    errors,
  }) => {
    let down = true
    await page.route(CHECKER, (route) => (down ? route.abort() : route.continue()))
    await page.goto('./')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(
      'The clinic data could not be checked. Check your connection and try again.',
    )
    await expect(markers(page)).toHaveCount(0)
    down = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(markers(page)).toHaveCount(rows.length)
    await expect(listRows(page)).toHaveCount(rows.length)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(errors).toEqual([])
  })
})

test('the details card is fetched only when a clinic is selected', async ({ page }) => {
  const details: string[] = []
  page.on('request', (r) => {
    if (/\/assets\/ClinicDetails-/.test(r.url())) details.push(r.url())
  })
  await openMap(page)
  await page.waitForLoadState('networkidle')
  expect(details).toEqual([])
  await listRows(page).first().click()
  await expect(page.getByTestId('clinic-details')).toBeVisible()
  expect(details).toHaveLength(1)
})

test('the dataset starts downloading before the script runs, and is downloaded once', async ({
  page,
}) => {
  const data: { url: string; type: string }[] = []
  page.on('request', (r) => {
    if (/\/data\/clinics\.geojson$/.test(r.url()))
      data.push({ url: r.url(), type: r.resourceType() })
  })
  await openMap(page)
  await page.waitForLoadState('networkidle')
  // One request, made by the <link rel=preload> (not a fetch from the script): the app's own
  // fetch is answered by it instead of asking again.
  expect(data).toHaveLength(1)
  expect(data[0]?.type).not.toBe('fetch')
  await expect(markers(page)).toHaveCount(rows.length)
  // Were the preload's request unusable by the app's fetch, a second request would show above.
  await expect(page.locator('link[rel=preload][href="./data/clinics.geojson"]')).toHaveCount(1)
})

test('the basemap also starts downloading before the script runs, once, beside the dataset', async ({
  page,
}) => {
  const seen: { url: string; type: string }[] = []
  page.on('request', (r) => {
    if (/\/(basemap\.json|data\/clinics\.geojson)$/.test(r.url()))
      seen.push({ url: new URL(r.url()).pathname, type: r.resourceType() })
  })
  await openMap(page)
  await expect(page.locator('.basemap-state--home')).toHaveCount(2)
  await page.waitForLoadState('networkidle')
  const basemap = seen.filter((r) => r.url.endsWith('/basemap.json'))
  // One request, made by the <link rel=preload> (a fetch from the script would be type "fetch").
  expect(basemap).toHaveLength(1)
  expect(basemap[0]?.type).not.toBe('fetch')
  // Both preloads are asked for before either is used: the data never waits for the basemap.
  expect(seen.map((r) => r.url).sort()).toEqual(['/basemap.json', '/data/clinics.geojson'])
})
