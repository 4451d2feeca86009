/**
 * The embed in a real article (issue 10 pt 4): a parent page with a 680 px or a 358 px column
 * pastes the Embed snippet; after loading and after every interaction that changes the graphic's
 * height, the height the graphic posts (Datawrapper and Pym formats alike) equals the height of
 * its content, the iframe takes that height, and nothing inside the graphic scrolls or is cut.
 * What a green run does not prove: a CMS's own resizer behaves like the snippet's listener.
 */
import type { Frame, Page } from '@playwright/test'
import { embedSnippet } from '../../src/domain/embed-snippet.ts'
import { expect, ownMarker, test } from './support.ts'
import { CLINIC_ID, LIST, MAP_READY, MARKER } from '../../src/domain/dom-contract.ts'

const COLUMNS = [
  { column: 680, viewport: { width: 1280, height: 900 }, mobile: false },
  { column: 358, viewport: { width: 390, height: 844 }, mobile: true },
] as const
/** The narrowest phone's column, for the hint beside the zoom buttons. */
const NARROW = { column: 288, viewport: { width: 320, height: 640 }, mobile: true } as const

interface Fit {
  posted: number
  pym: number
  iframe: number
  /** The graphic's document: its full height and whether it scrolls. */
  content: number
  scrollHeight: number
  innerHeight: number
  /** Elements inside that scroll, or whose content spills out of the document. */
  scrollers: string[]
}

async function openArticle(page: Page, baseURL: string, column: number, query: string) {
  const parentUrl = `${baseURL}article-${column}.html`
  const snippet = embedSnippet(`${baseURL}?embed=1${query}&childId=story`, 'Strike map')
  await page.route(parentUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta name="viewport" content="width=device-width">
<style>body{margin:0;font:18px/1.6 Georgia,serif}main{max-width:${column}px;margin:0 auto}</style>
</head><body><main><h1>A story about the strike</h1><p>${'Text before the map. '.repeat(12)}</p>
<script>window.__msgs=[];addEventListener('message',function(e){__msgs.push(e.data)})</script>
${snippet}<p>${'Text after the map. '.repeat(20)}</p></main></body></html>`,
    }),
  )
  await page.goto(parentUrl)
  const handle = await page.locator('iframe').elementHandle()
  const frame = await handle!.contentFrame()
  await expect(frame!.getByRole('slider', { name: 'Date' })).toBeAttached({ timeout: 10_000 })
  return frame!
}

async function measure(page: Page, frame: Frame): Promise<Fit> {
  const posted = await page.evaluate(() => {
    const msgs = (window as unknown as { __msgs: unknown[] }).__msgs
    const dw = msgs.filter((m) => typeof m === 'object' && m !== null && 'datawrapper-height' in m)
    const pym = msgs.filter((m) => typeof m === 'string' && m.startsWith('pymxPYMxstory'))
    const last = dw.at(-1) as { 'datawrapper-height': Record<string, number> } | undefined
    return {
      posted: Object.values(last?.['datawrapper-height'] ?? {})[0] ?? -1,
      pym: Number(
        String(pym.at(-1) ?? '')
          .split('xPYMx')
          .at(-1) ?? -1,
      ),
    }
  })
  const iframe = await page
    .locator('iframe')
    .evaluate((f) => Math.round(f.getBoundingClientRect().height))
  const inside = await frame.evaluate(() => {
    const scrollers = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => {
        if (e.closest('.leaflet-container')) return false // the map pans; it does not scroll
        const s = getComputedStyle(e)
        const scrolls = /auto|scroll/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1
        const cut = /hidden|clip/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1
        return (scrolls || cut) && e.clientHeight > 1 // 1 px: visually hidden text
      })
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`)
    return {
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
      scrollers,
    }
  })
  return { ...posted, iframe, ...inside }
}

/** Waits for the resize to settle, then holds the graphic to its contract. */
async function expectFits(page: Page, frame: Frame, when: string) {
  let fit: Fit | undefined
  await expect
    .poll(
      async () => {
        fit = await measure(page, frame)
        return Math.abs(fit.posted - fit.content) <= 1 && Math.abs(fit.iframe - fit.posted) <= 1
      },
      { message: `${when}: the posted height settles on the content height`, timeout: 5_000 },
    )
    .toBe(true)
    .catch(() => {})
  const f = fit!
  expect(f.pym, `${when}: the Pym message says the same height`).toBe(f.posted)
  expect(
    Math.abs(f.posted - f.content),
    `${when}: posted ${f.posted}, content ${f.content}`,
  ).toBeLessThanOrEqual(1)
  expect(
    Math.abs(f.iframe - f.posted),
    `${when}: iframe ${f.iframe}, posted ${f.posted}`,
  ).toBeLessThanOrEqual(1)
  expect(f.scrollHeight, `${when}: the graphic's document does not scroll`).toBeLessThanOrEqual(
    f.innerHeight + 1,
  )
  expect(f.scrollers, `${when}: nothing inside scrolls or is cut`).toEqual([])
}

/** Every list row is inside the graphic's document, so the iframe shows them all. */
async function expectWholeList(frame: Frame, when: string) {
  const rows = frame.locator(`.${LIST} [${CLINIC_ID}]`)
  const count = await rows.count()
  expect(count, `${when}: the list has rows`).toBeGreaterThan(20)
  const [lastBottom, docHeight] = await frame.evaluate(
    (list) => [
      document.querySelector(`.${list} li:last-child`)!.getBoundingClientRect().bottom +
        window.scrollY,
      document.documentElement.getBoundingClientRect().height,
    ],
    LIST,
  )
  expect(lastBottom, `${when}: the last row is inside the graphic`).toBeLessThanOrEqual(docHeight)
  await expect(rows.last()).toBeVisible()
}

for (const { column, viewport, mobile } of COLUMNS) {
  test.describe(`the embed in a ${column} px article column`, () => {
    test.use({ viewport, isMobile: mobile, hasTouch: mobile })

    test('posts its real height and shows everything, through List, filters and details', async ({
      page,
      baseURL,
    }) => {
      // A long journey (eight height checks in an iframe): on a loaded 2-core runner it can pass
      // 30 s, so it gets the slow allowance rather than a shorter walk.
      test.slow()
      const frame = await openArticle(page, baseURL!, column, '')
      await expect(frame.locator(`.leaflet-marker-pane .${MARKER}`).first()).toBeAttached()
      await expectFits(page, frame, 'first view')
      // The graphic's parts, all in the document.
      await expect(frame.locator('.embed-title')).toBeVisible()
      await expect(frame.getByRole('slider', { name: 'Date' })).toBeVisible()
      await expect(frame.locator('.map-frame')).toBeVisible()
      await expect(frame.getByText(/^Sources: Doctors Council SEIU/)).toBeVisible()
      await expect(frame.getByRole('link', { name: 'Open full page' })).toBeVisible()

      await frame.getByRole('button', { name: 'List', exact: true }).click()
      await expectFits(page, frame, 'List')
      await expectWholeList(frame, 'List')
      await frame.getByRole('button', { name: 'Map', exact: true }).click()
      await expectFits(page, frame, 'back to Map')

      await frame.locator('.filters-sheet > summary').click()
      await expect(frame.getByRole('button', { name: /reset/i })).toBeVisible()
      await expectFits(page, frame, 'filters open')
      await frame.getByRole('checkbox').first().click()
      await expectFits(page, frame, 'a filter changed')
      await frame.locator('.filters-sheet > summary').click()
      await expectFits(page, frame, 'filters folded')

      // A clinic opened from its marker: the details are whole, not cut or scrolling.
      await frame.locator('.leaflet-container').click({ position: { x: 5, y: 5 } })
      const fourth = frame.locator(`.leaflet-marker-pane .${MARKER} [${CLINIC_ID}]`).nth(3)
      await (await ownMarker(frame, (await fourth.getAttribute(CLINIC_ID))!)).click()
      const details = frame.getByTestId('clinic-details')
      await expect(details).toBeVisible()
      await expectFits(page, frame, 'details open')
      await expect(details.locator('.details__sources a').last()).toBeVisible()
      await details.getByRole('button', { name: 'Close details' }).click()
      await expectFits(page, frame, 'details closed')
    })

    test('fits with the title hidden and with a clinic opened by link', async ({
      page,
      baseURL,
    }) => {
      const frame = await openArticle(page, baseURL!, column, '&title=0&clinic=coon-rapids')
      await expect(frame.getByTestId('clinic-details')).toBeVisible()
      await expect(frame.locator('.embed-title')).toHaveCount(0)
      await expectFits(page, frame, 'title=0 and a clinic')
    })
  })
}

for (const { column, viewport, mobile } of [...COLUMNS, NARROW]) {
  test.describe(`the embed hint in a ${column} px column`, () => {
    test.use({ viewport, isMobile: mobile, hasTouch: mobile })

    test('neither the tap hint nor the credit line covers a clinic; the hint clears the zoom buttons', async ({
      page,
      baseURL,
    }) => {
      const frame = await openArticle(page, baseURL!, column, '&date=2025-11-05')
      const hint = frame.getByText('Click or tap the map to explore it')
      await expect(hint).toBeVisible()
      await expect(frame.locator(`.leaflet-marker-pane .${MARKER}`).first()).toBeAttached()
      // The finished map (basemap and its credit in): what a reader looks at.
      await expect(frame.locator(`html[${MAP_READY}="true"]`)).toBeAttached()
      // The map takes the column's whole width (less the embed's 4 px padding each side), not a
      // grid column shared with the Map/List toggle.
      const mapWidth = await frame
        .locator('.map-frame')
        .evaluate((e) => Math.round(e.getBoundingClientRect().width))
      expect(mapWidth, 'the map is as wide as the column').toBeGreaterThanOrEqual(column - 8 - 1)
      const covered = await frame.evaluate(
        ({ marker, clinicId }) => {
          const h = document.querySelector('.scroll-guard')!.getBoundingClientRect()
          const hits = (r: DOMRect) =>
            r.left < h.right && r.right > h.left && r.top < h.bottom && r.bottom > h.top
          const zoom = document.querySelector('.leaflet-control-zoom')!.getBoundingClientRect()
          const credit = document
            .querySelector('.leaflet-control-attribution')!
            .getBoundingClientRect()
          const markers = [...document.querySelectorAll(`.leaflet-marker-pane .${marker}`)]
          const id = (m: Element) => m.querySelector(`[${clinicId}]`)?.getAttribute(clinicId)
          const under = (r: DOMRect, m: Element) => {
            const b = m.getBoundingClientRect()
            return b.left < r.right && b.right > r.left && b.top < r.bottom && b.bottom > r.top
          }
          return markers
            .filter((m) => hits(m.getBoundingClientRect()))
            .map((m) => `${id(m)} under the hint`)
            .concat(markers.filter((m) => under(credit, m)).map((m) => `${id(m)} under the credit`))
            .concat(hits(zoom) ? ['the zoom buttons'] : [])
        },
        { marker: MARKER, clinicId: CLINIC_ID },
      )
      expect(covered).toEqual([])
    })
  })
}

for (const { column, viewport } of COLUMNS) {
  test(`the embed in a ${column} px column shows one legend, the one that filters`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize(viewport)
    const frame = await openArticle(page, baseURL!, column, '')
    // The legend with the status boxes is in view under the map; the still's legend (for
    // screenshots, saved images and print) is not repeated under it.
    await expect(frame.getByRole('checkbox').first()).toBeVisible()
    await expect(frame.getByText(/^On 5 Nov 2025:$/)).toBeHidden()
    await expect(
      frame.getByText('Solid: confirmed by a source').filter({ visible: true }),
    ).toHaveCount(1)
  })
}
