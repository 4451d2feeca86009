/**
 * What one date-slider step changes on the page (issue 14 pt 4, docs/step.md): on a day when no
 * clinic's state changes, nothing in the map (markers, group buttons, the map's own element) or
 * the list rows; on a day when one clinic changes, only that clinic's row and marker. And the date caption keeps its box on every date, so the slider under a
 * dragging finger stays where it is. Timing is the bench's (`npm run bench`), never asserted.
 */
import type { Page } from '@playwright/test'
import { CLINIC_ID, LIST, MARKER } from '../../src/domain/dom-contract.ts'
import { expect, groupsPlaced, mapStill, openMap, rows, slider, test } from './support.ts'

/** Every date column of the editor's CSV, as written there (a cell may hold several, `;`). */
const DATE_COLUMNS = [
  'picketed_on',
  'struck_on',
  'closed_for_strike_on',
  'closure_announced_on',
  'closed_on',
] as const
const datesOf = (row: Record<string, string>) =>
  DATE_COLUMNS.flatMap((c) => (row[c] ?? '').split(';')).filter(Boolean)

/** Records every DOM write from now on, each described by where it landed. */
async function watchWrites(page: Page) {
  await page.evaluate(
    ({ clinicId, marker, list }) => {
      const w = window as unknown as { __writes: string[] }
      w.__writes = []
      new MutationObserver((records) => {
        for (const r of records) {
          const node = r.target instanceof Element ? r.target : r.target.parentElement
          // The clinic a write belongs to: the row or marker it is in, or the marker it added
          // or removed (Leaflet swaps a marker's element when its icon changes).
          const ids = [node, ...r.addedNodes, ...r.removedNodes]
            .filter((n): n is Element => n instanceof Element)
            .map(
              (n) =>
                n.closest(`[${clinicId}]`) ??
                (n.matches(`.${marker}`) ? n.querySelector(`[${clinicId}]`) : null),
            )
            .map((n) => n?.getAttribute(clinicId))
          const id = ids.find(Boolean) ?? ''
          const where = [
            // The markers and groups, and the map's own element (tiles load on their own time).
            node?.closest('.leaflet-marker-pane') || node?.matches('.leaflet-container')
              ? 'map'
              : '',
            node?.closest(`.${list} li`) ? 'row' : '',
          ].find(Boolean)
          if (where)
            w.__writes.push(`${where}${id ? ` ${id}` : ''}: ${r.type} ${r.attributeName ?? ''}`)
        }
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      })
    },
    { clinicId: CLINIC_ID, marker: MARKER, list: LIST },
  )
}

/** One step with the keyboard, as a reader makes it; then a moment for effects to settle. */
async function stepTo(page: Page, caption: string) {
  await slider(page).press('ArrowRight')
  await expect(page.locator('.date-slider-date')).toHaveText(caption)
  await page.waitForTimeout(400)
  return page.evaluate(() => (window as unknown as { __writes: string[] }).__writes)
}

test('a step on a day no clinic changes writes nothing in the map or the list rows', async ({
  page,
}) => {
  // From the CSV: no clinic has an event on 1 or 2 Oct 2025, or on the day before either (a
  // clinic's "today" ends the day after its event), so both days show the same states.
  const near = rows.filter((r) => datesOf(r).some((d) => d >= '2025-09-30' && d <= '2025-10-02'))
  expect(near).toEqual([])
  await openMap(page, '?date=2025-10-01')
  await groupsPlaced(page)
  await expect(page.locator(`.${LIST} li`).first()).toBeVisible()
  await mapStill(page)
  await watchWrites(page)
  const writes = await stepTo(page, 'Thursday 2 October 2025')
  expect(writes).toEqual([])
})

test('a step on which one clinic changes writes only that clinic’s row and marker', async ({
  page,
}) => {
  // From the CSV: the one clinic with an event on 1 Feb 2026 (Chaska's scheduled closing, no
  // source confirms it), and none on 31 Jan.
  const changing = rows.filter((r) => datesOf(r).includes('2026-02-01'))
  expect(changing.map((r) => r.id)).toEqual(['chaska'])
  expect(rows.filter((r) => datesOf(r).includes('2026-01-31'))).toEqual([])
  await openMap(page, '?date=2026-01-31')
  await groupsPlaced(page)
  await expect(page.locator(`.${LIST} li`).first()).toBeVisible()
  await mapStill(page)
  await watchWrites(page)
  const writes = await stepTo(page, 'Sunday 1 February 2026')
  expect(writes.length).toBeGreaterThan(0)
  // In the map only Chaska's marker, in the list only its row (nothing in the other 41).
  const places = new Set(writes.map((w) => w.split(':')[0]))
  for (const place of places) expect(place).toMatch(/^(row chaska|map chaska)$/)
  await expect(page.locator(`.${LIST} [${CLINIC_ID}="chaska"]`)).toHaveAccessibleName(
    /Chaska, Was scheduled to close on 1 Feb 2026/,
  )
})

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('the date caption keeps one line and the track stays put on long and short dates', async ({
    page,
  }) => {
    // "Tuesday 2 September 2025" fits the 296 px column at the caption's size; "Wednesday 3
    // September 2025" is the longest kind of date (weekday and month of nine letters) and wrapped.
    await openMap(page, '?date=2025-09-02')
    await slider(page).scrollIntoViewIfNeeded()
    const caption = page.locator('.date-slider-date')
    const track = page.locator('.date-slider-track')
    await expect(caption).toHaveText('Tuesday 2 September 2025')
    const [shortBox, trackBefore] = [await caption.boundingBox(), await track.boundingBox()]
    await slider(page).press('ArrowRight')
    await expect(caption).toHaveText('Wednesday 3 September 2025')
    const [longBox, trackAfter] = [await caption.boundingBox(), await track.boundingBox()]
    expect(longBox?.height).toBe(shortBox?.height)
    expect(trackAfter?.y).toBe(trackBefore?.y)
    // One line: the caption is no taller than its line height (1.2 times its font size).
    const oneLine = await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * 1.2)
    expect(longBox?.height).toBeLessThanOrEqual(Math.ceil(oneLine))
  })
})
