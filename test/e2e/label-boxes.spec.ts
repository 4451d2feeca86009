/**
 * Place names never print over a clinic (issue 10 pt 6): every shown basemap label's box, as
 * the browser draws it (getBoundingClientRect, transforms included), is clear of every clinic
 * marker's box, at the five reader sizes and at every screenshot preset, on the first view's
 * zoom and on dates whose markers differ. Box against box: a label touching only a marker's
 * outer ring counts as over it. What a green run does not prove: zoomed-in views are clear.
 */
import type { Page } from '@playwright/test'
import { PRESETS } from '../../scripts/lib/screenshots.ts'
import { READER_SIZES } from '../../scripts/lib/reader-sizes.ts'
import { expect, openMap, test } from './support.ts'
import { CLINIC_ID, MAP_READY, MARKER } from '../../src/domain/dom-contract.ts'

const DATES = ['2025-06-03', '2025-11-05', '2026-02-01']

type B = { name: string; left: number; top: number; right: number; bottom: number }

async function boxes(page: Page) {
  return page.evaluate(
    ({ marker, clinicId }) => {
      const box = (e: Element, name: string) => {
        const r = e.getBoundingClientRect()
        return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      }
      const shown = (e: Element) => {
        const s = getComputedStyle(e)
        return s.display !== 'none' && s.visibility !== 'hidden' && e.getClientRects().length > 0
      }
      return {
        labels: [...document.querySelectorAll('.city-label span')]
          .filter(shown)
          .map((e) => box(e, e.textContent ?? '')),
        markers: [...document.querySelectorAll(`.leaflet-marker-pane .${marker}`)].map((e) =>
          box(e, e.querySelector(`[${clinicId}]`)?.getAttribute(clinicId) ?? '?'),
        ),
      }
    },
    { marker: MARKER, clinicId: CLINIC_ID },
  )
}

const hit = (a: B, b: B) =>
  Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
  Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)

async function expectClear(page: Page, where: string) {
  // Placement runs when the markers change; let it settle before measuring.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  )
  const { labels, markers } = await boxes(page)
  // Clearing the clinics must not be done by dropping the names readers look for first.
  expect(
    labels.map((l) => l.name),
    `${where}: the metro's two cities are named`,
  ).toEqual(expect.arrayContaining(['Minneapolis', 'St. Paul']))
  const over = labels.flatMap((l) =>
    markers.filter((m) => hit(l, m)).map((m) => `${l.name} over ${m.name}`),
  )
  expect(over, `${where}: place names over clinic symbols`).toEqual([])
  const clashes = labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => hit(a, b))
      .map((b) => `${a.name} / ${b.name}`),
  )
  expect(clashes, `${where}: place names over each other`).toEqual([])
}

for (const { width, height } of READER_SIZES) {
  test(`place names clear of every clinic symbol at ${width}x${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    for (const date of DATES) {
      await openMap(page, `?date=${date}`)
      // The text is prerendered; the labels are placed once the map is drawn (its ready signal).
      await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
      await expectClear(page, `${width}x${height} ${date}`)
    }
  })
}

test('place names clear of every clinic symbol in each screenshot preset', async ({ page }) => {
  for (const [preset, size] of Object.entries(PRESETS)) {
    await page.setViewportSize(size)
    for (const date of DATES) {
      await page.goto(`./?screenshot=1&date=${date}`)
      await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
      await expectClear(page, `${preset} ${date}`)
    }
  }
})

test('place names clear of every clinic symbol in the embed, 680 and 358 px wide', async ({
  page,
}) => {
  // The embed's own framing (room for the tap hint at the top) at the two article columns.
  for (const width of [680, 358]) {
    await page.setViewportSize({ width, height: 900 })
    for (const date of DATES) {
      await page.goto(`./?embed=1&date=${date}`)
      await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
      await expectClear(page, `embed ${width} ${date}`)
    }
  }
})
