import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { embedSnippet } from '../../src/domain/embed-snippet.ts'
import { expect, phonePage, listRows, openMap, rows, slider, test } from './support.ts'
import { MAP_READY, MARKER } from '../../src/domain/dom-contract.ts'

test('an article page pasting the embed snippet gets both height messages and resizes the iframe', async ({
  page,
  baseURL,
}) => {
  const parentUrl = `${baseURL}article-under-test.html`
  const snippet = embedSnippet(`${baseURL}?embed=1&date=2025-11-02&childId=story-map`, 'Strike map')
  await page.route(parentUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body><h1>An article</h1><p>Text before.</p>
<script>window.__messages=[];window.addEventListener('message',function(e){window.__messages.push(e.data)})</script>
${snippet}<p>Text after.</p></body></html>`,
    }),
  )
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
  await page.goto(parentUrl)
  const frame = page.frameLocator('iframe')
  await expect(frame.getByRole('slider', { name: 'Date' })).toHaveAttribute(
    'aria-valuetext',
    'Sunday 2 November 2025',
  )
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages.length),
    )
    .toBeGreaterThanOrEqual(2)
  const messages = await page.evaluate(
    () => (window as unknown as { __messages: unknown[] }).__messages,
  )
  const dw = messages.filter(
    (m): m is { 'datawrapper-height': Record<string, number> } =>
      typeof m === 'object' && m !== null && 'datawrapper-height' in m,
  )
  const pym = messages.filter(
    (m): m is string => typeof m === 'string' && m.startsWith('pymxPYMxstory-mapxPYMxheightxPYMx'),
  )
  expect(dw.length).toBeGreaterThan(0)
  expect(pym.length).toBeGreaterThan(0)
  const height = dw.at(-1)?.['datawrapper-height']['allina-strike-map'] ?? 0
  expect(height).toBeGreaterThan(400)
  expect(pym.at(-1)).toBe(`pymxPYMxstory-mapxPYMxheightxPYMx${height}`)
  // The snippet's own listener sized the iframe to the reported height: no scrollbar inside.
  await expect
    .poll(() =>
      page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height)),
    )
    .toBe(height)
})

test('embed mode: the graphic alone, title and credits kept, title=0 drops the title', async ({
  page,
}) => {
  await openMap(page, '?embed=1')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.page-head__dek')).toHaveCount(0)
  await expect(page.locator('.methodology')).toHaveCount(0)
  await expect(page.getByText(/^Sources: Doctors Council SEIU/)).toBeVisible()
  const full = page.getByRole('link', { name: 'Open full page' })
  await expect(full).toHaveAttribute('target', '_blank')
  expect(await full.getAttribute('href')).not.toContain('embed=1')

  // The full-page link keeps the reader's view: date, filters and selected clinic.
  await openMap(page, '?embed=1&date=2025-06-03&status=picketed&clinic=coon-rapids')
  const href = new URL((await full.getAttribute('href')) ?? '', page.url())
  expect(href.searchParams.get('date')).toBe('2025-06-03')
  expect(href.searchParams.get('status')).toBe('picketed')
  expect(href.searchParams.get('clinic')).toBe('coon-rapids')
  expect(href.searchParams.has('embed')).toBe(false)

  await openMap(page, '?embed=1&title=0')
  // The visible title goes; an h1 stays for screen readers, visually hidden.
  await expect(page.locator('.embed-title')).toHaveCount(0)
  await expect(page.locator('h1.visually-hidden')).toHaveText("Where Allina's doctors struck")
  await expect(page.getByText(/^Sources: Doctors Council SEIU/)).toBeVisible()
})

test('embed mode does not trap scrolling until the reader interacts with the map', async ({
  page,
}) => {
  await openMap(page, '?embed=1')
  const map = page.locator('.leaflet-container')
  await expect(page.getByText('Click or tap the map to explore it')).toBeVisible()
  await expect(map).not.toHaveClass(/leaflet-grab/)
  const before = await page.evaluate(() => window.scrollY)
  await map.hover()
  await page.mouse.wheel(0, 400)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before)
  await map.click({ position: { x: 10, y: 200 } })
  await expect(page.getByText('Click or tap the map to explore it')).toHaveCount(0)
  await expect(map).toHaveClass(/leaflet-grab/)
})

test('on a touch screen the embedded map lets one-finger drags scroll the article until tapped', async ({
  browser,
}) => {
  const page = await phonePage(browser, 700)
  await openMap(page, '?embed=1')
  const map = page.locator('.leaflet-container')
  // touch-action is what the browser itself consults: pan-x pan-y scrolls the page with one
  // finger (two-finger pinch still zooms the map); none hands every touch to the map.
  const touchAction = () => map.evaluate((e) => getComputedStyle(e).touchAction)
  expect(await touchAction()).toBe('pan-x pan-y')
  await map.tap({ position: { x: 20, y: 150 } })
  await expect(page.getByText('Click or tap the map to explore it')).toHaveCount(0)
  expect(await touchAction()).toBe('none')
  await page.context().close()
})

test('the Embed button shows a copyable snippet of the current view', async ({ page }) => {
  await openMap(page, '?date=2025-06-03&status=picketed')
  await page.getByRole('button', { name: 'Embed' }).click()
  const code = page.getByRole('textbox', { name: 'Embed code' })
  await expect(code).toBeVisible()
  const text = await code.inputValue()
  expect(text).toMatch(
    /^<iframe title="Where Allina's doctors struck" src="http:\/\/127\.0\.0\.1:\d+\/\?date=2025-06-03&amp;status=picketed&amp;embed=1"/,
  )
  expect(text).toContain("'datawrapper-height'")
  await page.keyboard.press('Escape')
  await expect(code).toBeHidden()
  // Focus goes back to the button that opened it, and it opens again.
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(code).toBeVisible()
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(code).toBeHidden()
})

test('screenshot mode keeps only what a published image needs, and loads no tiles', async ({
  page,
}) => {
  const tileRequests: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('tile.openstreetmap.org')) tileRequests.push(r.url())
  })
  await page.setViewportSize({ width: 1200, height: 675 })
  await page.goto('./?screenshot=1&date=2025-11-02')
  await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Where Allina's doctors struck")
  await expect(page.getByText('Sunday 2 November 2025')).toBeVisible()
  await expect(page.locator('.static-legend')).toContainText('Closed on 1 Nov 2025 (4)')
  await expect(page.getByText(/^Sources: Doctors Council SEIU/)).toBeVisible()
  await expect(page.locator('.leaflet-control-attribution')).toContainText('US Census Bureau')
  for (const control of ['slider', 'checkbox', 'searchbox', 'combobox'])
    await expect(page.getByRole(control as 'slider')).toHaveCount(0)
  await expect(page.locator('.leaflet-control-zoom')).toHaveCount(0)
  await expect(listRows(page)).toHaveCount(0)
  await expect(page.locator(`.leaflet-marker-pane .${MARKER}`)).toHaveCount(rows.length)
  // Everything fits the frame: nothing scrolls.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(675)
  expect(tileRequests).toEqual([])
})

test('Save image downloads a PNG of the graphic', async ({ page }) => {
  await openMap(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save image' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('allina-strike-map-2025-11-05.png')
  const bytes = readFileSync((await file.path()) ?? '')
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(800)
  await expect(page.locator('.graphic')).not.toHaveClass(/is-capturing/)
})

test('Save image leaves the map tiles and their credit out, then puts them back', async ({
  page,
}) => {
  // Magenta tiles: any magenta in the saved file would be a tile.
  const png = new PNG({ width: 256, height: 256 })
  for (let i = 0; i < png.data.length; i += 4) png.data.writeUInt32BE(0xff00ffff, i)
  const tile = PNG.sync.write(png)
  await page.route(/tile\.openstreetmap\.org/, (route) =>
    route.fulfill({ contentType: 'image/png', body: tile }),
  )
  await openMap(page)
  const attribution = page.locator('.leaflet-control-attribution')
  await expect(attribution).toContainText('OpenStreetMap')
  await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0)
  // Every text the credit line shows while the image is made.
  await page.evaluate(() => {
    const seen: string[] = []
    const credit = document.querySelector('.leaflet-control-attribution')!
    new MutationObserver(() => seen.push(credit.textContent ?? '')).observe(credit, {
      childList: true,
      subtree: true,
      characterData: true,
    })
    ;(window as unknown as { creditsSeen: string[] }).creditsSeen = seen
  })
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save image' }).click()
  const image = PNG.sync.read(readFileSync((await (await download).path()) ?? ''))
  let magenta = 0
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!]
    if (r > 200 && g < 80 && b > 200) magenta++
  }
  expect(magenta, 'tile pixels in the saved image').toBe(0)
  const seen = await page.evaluate(
    () => (window as unknown as { creditsSeen: string[] }).creditsSeen,
  )
  expect(seen.some((t) => !t.includes('OpenStreetMap') && t.includes('US Census Bureau'))).toBe(
    true,
  )
  // Afterwards the reader's map is as it was: tiles and their credit back.
  await expect(attribution).toContainText('OpenStreetMap')
  await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0)
  await expect(page.locator('.graphic')).not.toHaveClass(/is-capturing/)
})

test('printed, the page shows map, legend and sources without controls', async ({ page }) => {
  await openMap(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.leaflet-container')).toBeVisible()
  await expect(page.locator('.static-legend')).toBeVisible()
  await expect(page.getByText(/^Sources: Doctors Council SEIU/)).toBeVisible()
  await expect(slider(page)).toBeHidden()
  await expect(page.getByRole('checkbox').first()).toBeHidden()
  await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden()
})

test('readers can download the GeoJSON, the CSV and the sources note', async ({
  page,
  request,
}) => {
  await openMap(page)
  const expected: Record<string, string> = {
    GeoJSON: 'clinics.geojson',
    CSV: 'clinics.csv',
    'sources and notes': 'README.md',
  }
  for (const [name, file] of Object.entries(expected)) {
    const href = await page.getByRole('link', { name, exact: true }).getAttribute('href')
    expect(href).toBe(`./data/${file}`)
    const response = await request.get(href ?? '')
    expect(response.status()).toBe(200)
    // The CSV readers get is the build's formula-safe copy, not the editor's file.
    const source = file === 'clinics.csv' ? 'download/clinics.csv' : file
    expect(await response.text()).toBe(readFileSync(`data/${source}`, 'utf8'))
  }
})
