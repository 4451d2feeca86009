/**
 * The embed inside a real Pym.js 1.3.2 parent (node_modules/pym.js, served to a host page on
 * another origin). Pym's parent reads `pym xPYMx <id> xPYMx <type> xPYMx <payload>` out of every
 * message and acts on `navigateTo` by sending the host page to the payload. The id is the one
 * value in our message that comes from outside (`?childId=`), so a crafted id that carries the
 * delimiter would smuggle a `navigateTo`. A green run shows the benign id still resizes the
 * iframe and the crafted one changes nothing on the host; it does not cover other parent libraries.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './support.ts'
import { MARKER } from '../../src/domain/dom-contract.ts'

// Plain http: an https page may not frame the http preview server (mixed content).
const HOST = 'http://news.example'
const ARTICLE = `${HOST}/2025/11/strike-article.html`
const EVIL = 'https://evil.example/'
/**
 * The map's own origin, as a newsroom's graphics host: proxied to the preview server, because
 * Chromium blocks a public page from framing 127.0.0.1 (local network access checks).
 */
const GRAPHICS = 'http://graphics.example/'
const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8')

/**
 * An article page that embeds `src` with Pym, as a CMS does (`new pym.Parent(containerId, url)`).
 * Pym appends its own `&childId=map`; a `childId` already in `src` comes first in the query.
 */
async function openArticle(page: Page, search: string, baseURL: string | undefined) {
  await page.route(`${GRAPHICS}**`, async (route) => {
    const url = route
      .request()
      .url()
      .replace(GRAPHICS, baseURL ?? '')
    return route.fulfill({ response: await route.fetch({ url }) })
  })
  const src = `${GRAPHICS}${search}`
  await page.route(`${HOST}/**`, (route) => {
    const url = route.request().url()
    if (url.endsWith('/pym.v1.min.js'))
      return route.fulfill({ contentType: 'text/javascript', body: PYM })
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><title>Article</title></head><body>
        <h1>Doctors strike at Allina clinics</h1>
        <div id="map"></div>
        <script>
          window.seen = []
          addEventListener('message', (e) => typeof e.data === 'string' && seen.push(e.data))
        </script>
        <script src="/pym.v1.min.js"></script>
        <script>window.pymParent = new pym.Parent('map', ${JSON.stringify(src)}, {});</script>
        </body></html>`,
    })
  })
  const visits: string[] = []
  await page.route(`${EVIL}**`, (route) => {
    visits.push(route.request().url())
    return route.fulfill({ contentType: 'text/html', body: '<title>Evil</title>evil' })
  })
  await page.goto(ARTICLE)
  return visits
}

test.describe('inside a real Pym.js parent', () => {
  test('a plain childId: the parent resizes the iframe to the map’s height', async ({
    page,
    baseURL,
  }) => {
    await openArticle(page, '?embed=1', baseURL)
    const iframe = page.locator('#map iframe')
    await expect(page.frameLocator('#map iframe').locator(`.${MARKER}`).first()).toBeVisible()
    // Pym's parent sets the iframe's height attribute ("812px") from our "height" message.
    await expect.poll(() => iframe.getAttribute('height')).toMatch(/^\d{3,4}px$/)
    const height = parseInt((await iframe.getAttribute('height')) ?? '')
    const inner = await page
      .frameLocator('#map iframe')
      .locator('body')
      .evaluate((b) => b.getBoundingClientRect().height)
    expect(Math.abs(height - inner)).toBeLessThanOrEqual(1)
  })

  test('a crafted childId cannot make the host page navigate', async ({ page, baseURL }) => {
    // Pym's regex reads this id as: id "map", type "navigateTo", payload "https://evil.example/#…"
    // (its type field stops at the space).
    const crafted = `mapxPYMxnavigateToxPYMx${EVIL}# `
    const visits = await openArticle(
      page,
      `?embed=1&childId=${encodeURIComponent(crafted)}`,
      baseURL,
    )
    // Wait until the map has posted its height (the host saw a pym message) or the host has gone.
    await expect
      .poll(
        async () =>
          visits.length > 0 ||
          (await page
            .evaluate(() =>
              (window as unknown as { seen: string[] }).seen.some((m) => m.startsWith('pym')),
            )
            .catch(() => true)),
        { timeout: 15_000 },
      )
      .toBe(true)
    await page.waitForTimeout(300) // a second message, if any, is delivered by now
    expect(visits, 'requests to the attacker’s site').toEqual([])
    expect(page.url()).toBe(ARTICLE)
    // The height still goes out, under the embed's own id instead of the crafted one.
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen)
    expect(seen.filter((m) => m.startsWith('pym'))).toContainEqual(
      expect.stringMatching(/^pymxPYMxallina-strike-mapxPYMxheightxPYMx\d+$/),
    )
    expect(seen.join('\n')).not.toContain('evil.example')
  })
})
