/**
 * One still graphic: screenshot mode (`?screenshot=1`) and Save image hold the same parts of the
 * graphic, with the same words, and nothing else (the parts are StillGraphic.tsx's caption, the
 * map, the static legend and the credits, marked `data-still`). The view is filtered and has a
 * clinic selected, so every optional part shows. Not proved: that the PNG's pixels match.
 */
import type { Page, Route } from '@playwright/test'
import { expect, openMap, test } from './support.ts'
import { MAP_READY } from '../../src/domain/dom-contract.ts'

const VIEW = 'status=struck&clinic=coon-rapids'
// What a still contains, top to bottom (docs/architecture.md), typed here by hand.
const PARTS = ['title', 'date', 'filter-note', 'coverage', 'selected', 'map', 'legend', 'credits']

interface Seen {
  parts: { part: string; text: string }[]
  /** Visible elements of the graphic outside every part (a control, a note). */
  stray: string[]
}

/** What `root` shows: its visible parts with their text, and anything visible outside them. */
function stillOf(page: Page, root: string): Promise<Seen> {
  return page.evaluate((selector) => {
    const graphic = document.querySelector<HTMLElement>(selector)!
    const shows = (e: Element) =>
      e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().height > 1
    // In the order a reader sees them, top to bottom (CSS may reorder the page's parts).
    const parts = [...graphic.querySelectorAll<HTMLElement>('[data-still]')]
      .filter(shows)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((e) => ({
        part: e.dataset.still ?? '',
        // The map's words are its labels and credit, drawn by Leaflet: compared as the map.
        text: e.dataset.still === 'map' ? '' : e.innerText.replace(/\s+/g, ' ').trim(),
      }))
    const stray = [...graphic.querySelectorAll<HTMLElement>('*')]
      .filter((e) => !e.closest('[data-still]') && shows(e))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
    const mapOverlays = [
      ...graphic.querySelectorAll('.leaflet-control-zoom, .scroll-guard, .details'),
    ]
      .filter(shows)
      .map((e) => e.className)
    return { parts, stray: [...stray, ...mapOverlays] }
  }, root)
}

for (const [width, height] of [
  [1280, 720],
  [390, 844],
] as const)
  test(`screenshot mode and Save image show the same still at ${width}x${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await page.goto(`./?screenshot=1&${VIEW}`)
    await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
    const screenshot = await stillOf(page, '.still')
    expect(screenshot.parts.map((p) => p.part)).toEqual(PARTS)
    expect(screenshot.stray).toEqual([])

    await openMap(page, `?${VIEW}`)
    // Hold the capture code, so the page stays a still while it is read.
    let release: () => void = () => {}
    const held = new Promise<void>((done) => (release = done))
    await page.route(/capture-image-[\w-]+\.js$/, async (route: Route) => {
      await held
      await route.continue()
    })
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save image' }).click()
    await expect(page.locator('.graphic.is-capturing [data-still="date"]')).toBeVisible()
    const saved = await stillOf(page, '.graphic')
    release()
    await download
    await page.unrouteAll({ behavior: 'wait' })

    expect(saved.parts).toEqual(screenshot.parts)
    expect(saved.stray).toEqual([])
    // Afterwards the page is the interactive graphic again.
    await expect(page.locator('.graphic')).not.toHaveClass(/is-capturing/)
    await expect(page.getByRole('button', { name: 'Save image' })).toBeVisible()
    await expect(page.locator('.graphic [data-still="date"]')).toHaveCount(0)
  })
