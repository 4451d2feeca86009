import type { Page, Route } from '@playwright/test'
import { expect, phonePage, rows, slider, test } from './support.ts'
import { CLINIC_ID, LIST, MAP_READY } from '../../src/domain/dom-contract.ts'

/**
 * The built index.html carries the reader's first view (docs/prerender.md), and the script
 * takes it over without a visible change. Expected words and numbers come from data/clinics.csv
 * and by hand, never from the app's code.
 */

const MAIN_SCRIPT = /assets\/index-[\w-]+\.js$/

/** The page's text as a reader would read it: tags dropped, the entities React writes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

/** Struck on the strike day, or closed by Allina for it: the clinics the map identifies. */
const identified = rows.filter(
  (r) => r.struck_on?.split(';').includes('2025-11-05') || r.closed_for_strike_on === '2025-11-05',
).length

test('the built HTML, before any script, holds the headline, dek, coverage line, controls and every clinic', async ({
  request,
}) => {
  const html = await (await request.get('./')).text()
  const root = /<div id="root"[^>]*>([\s\S]*)<\/div>\s*<\/body>/.exec(html)?.[1] ?? ''
  const text = textOf(root)
  expect(text).toContain("Where Allina's doctors struck")
  expect(text).toContain(
    "About 600 Allina Health doctors, nurse practitioners and physician assistants held Minnesota's first doctors' strike on Wednesday 5 November 2025",
  )
  expect(text).toContain(`This map shows ${identified} of the 61 clinics that struck on 5 Nov 2025`)
  // The date control, on the strike day, the legend and the search.
  expect(root).toMatch(/<input[^>]*type="range"[^>]*aria-valuetext="Wednesday 5 November 2025"/)
  expect(root).toContain('class="map-legend"')
  expect(text).toContain('Find a clinic, city or ZIP')
  // Every clinic of the CSV is a row of the list (all show by default), by name.
  const list = new RegExp(`<ol class="${LIST}"[\\s\\S]*?</ol>`).exec(root)?.[0] ?? ''
  expect(rows.length).toBeGreaterThan(30)
  for (const row of rows) expect(textOf(list)).toContain(row.name ?? '(no name)')
  // Links under the build's relative base, as the browser's first render writes them.
  expect(root).toContain('<a href="./data/clinics.csv" download="">CSV</a>')
  // The map's box is there, empty: Leaflet draws into it in the browser.
  expect(root).toMatch(/<div class="map-frame"><\/div>/)
  // Strict CSP: no inline style or script in the page.
  expect(root).not.toMatch(/\sstyle=/)
  expect(html).not.toMatch(/<script(?![^>]*type="module"[^>]*src=)/)
  expect(html).not.toMatch(/<style/)
})

test('without JavaScript the page reads: every clinic listed with its state on strike day', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Where Allina's doctors struck")
  await expect(page.getByTestId('coverage')).toContainText(`This map shows ${identified} of the 61`)
  const items = page.locator(`.${LIST} li`)
  await expect(items).toHaveCount(rows.length)
  // Maplewood closed on 1 Nov 2025 (clinics.csv closed_on), before the strike.
  await expect(items.filter({ hasText: 'Allina Health Maplewood Clinic' })).toContainText(
    'Closed 1 Nov 2025',
  )
  await expect(page.locator('p.noscript')).toContainText('The map needs JavaScript.')
  await expect(page.locator('p.noscript')).toBeVisible()
  await expect(page.getByRole('link', { name: 'data download (CSV)' }).first()).toBeVisible()
  await context.close()
})

test('without JavaScript a phone shows the list too (the Map/List toggle needs a script)', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    isMobile: true,
  })
  const page = await context.newPage()
  await page.goto('./')
  await expect(page.locator(`.${LIST} li`).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'List' })).toBeHidden()
  await context.close()
})

/** Holds the main script until `release()`, so the prerendered page can be measured first. */
async function holdScript(page: Page) {
  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  await page.route(MAIN_SCRIPT, async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

/** Every layout shift the page records, from its first paint (PerformanceObserver, buffered). */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; sources: string[] }[] }
    w.shifts = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        value: number
        sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
      }[])
        w.shifts.push({
          value: e.value,
          // Where each moved node was and went, and how wide the page was, so a failure says
          // what moved, not only that something did.
          sources: (e.sources ?? []).map((s) => {
            const at = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round)
            const name = s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '?'
            return `${name} ${at(s.previousRect)} -> ${at(s.currentRect)} @${innerWidth}`
          }),
        })
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return () => page.evaluate(() => (window as unknown as { shifts: { value: number }[] }).shifts)
}

const BOXES = ['h1', '.coverage-line', '.map-frame', '.date-slider', '.map-legend', `.${LIST}`]
/** Parts that must be hydrated in place, not thrown away and drawn again (lazy ones included). */
const KEPT = ['h1', `.${LIST}`, '.filter-panel-count', '.event-caption', '.methodology', '.legend']

/** Marks the prerendered nodes, then reports which of them are still in the page. */
async function markNodes(page: Page) {
  await page.evaluate((selectors) => {
    for (const s of selectors) {
      const el = document.querySelector(s) as (Element & { prerendered?: boolean }) | null
      if (el) el.prerendered = true
    }
  }, KEPT)
  return () =>
    page.evaluate((selectors) => {
      return selectors.filter(
        (s) => (document.querySelector(s) as { prerendered?: boolean } | null)?.prerendered,
      )
    }, KEPT)
}

async function boxes(page: Page) {
  return page.evaluate((selectors) => {
    return selectors.map((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect()
      return r
        ? [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]
        : [s]
    })
  }, BOXES)
}

for (const layout of [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${layout.name}: the script takes over the prerendered page without moving anything`, async ({
    browser,
    page: desktop,
  }) => {
    const page = layout.name === 'phone' ? await phonePage(browser) : desktop
    await page.setViewportSize({ width: layout.width, height: layout.height })
    const release = await holdScript(page)
    const shifts = await watchShifts(page)
    await page.goto('./', { waitUntil: 'commit' })
    await expect(page.locator(`.${LIST} li`)).toHaveCount(rows.length)
    await expect(page.locator('.leaflet-container')).toHaveCount(0)
    // Measured as first painted: with the page's stylesheets in (they block the paint, not the DOM).
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
        (l) => l.sheet,
      ),
    )
    const before = await boxes(page)
    const kept = await markNodes(page)
    release()
    await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
    // The list and the footer hydrate when their code arrives: wait until the list answers.
    await expect(page.locator('.filters-sheet')).not.toHaveClass(/is-prerendered/)
    await page.waitForTimeout(300)
    expect(await boxes(page)).toEqual(before)
    expect(await shifts()).toEqual([])
    expect(await kept()).toEqual(KEPT)
    // Alive: the list selects a clinic (phones show it on the map).
    if (layout.name === 'phone') await page.getByRole('button', { name: 'List' }).click()
    await page.locator(`.${LIST} [${CLINIC_ID}="coon-rapids"]`).click()
    await expect(page).toHaveURL(/clinic=coon-rapids/)
    await expect(page.getByTestId('clinic-details')).toBeVisible()
    if (layout.name === 'phone') await page.context().close()
  })
}

test('the phone folds the filters as before, with no moment of them open', async ({ browser }) => {
  const page = await phonePage(browser)
  await page.goto('./')
  await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
  await expect(page.locator('.filters-sheet')).not.toHaveAttribute('open')
  await page.context().close()
})

test('a URL with a view opens that view: the prerendered page is hydrated, then moves to it', async ({
  page,
}) => {
  await page.goto('./?date=2025-06-03&clinic=coon-rapids')
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Tuesday 3 June 2025')
  await expect(page.getByTestId('clinic-details')).toBeVisible()
  await expect(page.locator(`.${LIST}`)).toHaveAttribute('aria-label', 'Clinics on 3 Jun 2025')
  await expect(page).toHaveURL(/date=2025-06-03&clinic=coon-rapids/)
})

test.describe('a prerendered page that does not match its first render', () => {
  test.use({ allowErrors: [/did not match its first render/] })
  test('is reported as an error (so every test would catch a mismatch), then redrawn right', async ({
    page,
  }) => {
    const reported: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') reported.push(m.text())
    })
    await page.route(/\/(\?.*)?$/, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue()
      const response = await route.fetch()
      const html = (await response.text()).replace(
        'Where Allina&#x27;s doctors struck</h1>',
        'A stale headline</h1>',
      )
      return route.fulfill({ response, body: html })
    })
    await page.goto('./')
    await expect(page.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Where Allina's doctors struck",
    )
    expect(reported.join('\n')).toMatch(/did not match its first render/)
  })
})
