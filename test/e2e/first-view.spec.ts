/**
 * Issue 5's first view: the page draws without waiting for the schema check (zod loads after
 * the data, see src/data/load-dataset.ts), details load on demand, and only bad data, never a
 * failed download of the checker itself, replaces a drawn map. The bad-data messages are in
 * network.spec.ts.
 */
import { expect, listRows, markers, openMap, rows, test } from './support.ts'

const CHECKER = /\/assets\/clinic-schema-[\w-]+\.js$/

test.describe(() => {
  // The aborted checker download is the point of this test.
  test.use({ allowErrors: [/Failed to load resource: net::ERR_FAILED .*clinic-schema-/] })
  test('the map is drawn and stays when the schema checker cannot be downloaded', async ({
    page,
    errors,
  }) => {
    let asked = false
    await page.route(CHECKER, (route) => {
      asked = true
      return route.abort()
    })
    await openMap(page)
    await expect(markers(page)).toHaveCount(rows.length)
    expect(asked).toBe(true)
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(listRows(page)).toHaveCount(rows.length)
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
