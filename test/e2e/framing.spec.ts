/**
 * Who may frame the page (src/app/framing.ts; a <meta> CSP cannot say frame-ancestors). Another
 * site framing the full page gets a link out, not the page; `?embed=1` and `?screenshot=1` are
 * made for frames; our own origin may frame anything. The map is served from a public-looking
 * origin proxied to the preview server (Chromium blocks public pages from framing 127.0.0.1).
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support.ts'
import { MARKER } from '../../src/domain/dom-contract.ts'

const GRAPHICS = 'http://graphics.example/'

// The framed map keeps fetching (lazy chunks) after a test's last check; a proxied request still
// in flight when the test ends would throw "route.fetch: Test ended." into the next test.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' })
})

/** Opens `hostUrl`, a page with one iframe of the map at `search`. */
async function frameMap(page: Page, hostUrl: string, search: string, baseURL = '') {
  await page.route(/^http:\/\/(news|graphics)\.example\//, async (route) => {
    const url = route.request().url()
    if (url === hostUrl)
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><h1>Host page</h1>
          <iframe title="map" src="${GRAPHICS}${search}" width="1000" height="800"></iframe>`,
      })
    if (!url.startsWith(GRAPHICS)) return route.fulfill({ status: 404, body: '' })
    return route.fulfill({ response: await route.fetch({ url: url.replace(GRAPHICS, baseURL) }) })
  })
  await page.goto(hostUrl)
  return page.frameLocator('iframe')
}

test('another site framing the full page gets a link out, not the page', async ({
  page,
  baseURL,
}) => {
  const frame = await frameMap(
    page,
    'http://news.example/article.html',
    '?date=2025-11-02',
    baseURL,
  )
  await expect(frame.getByText('This map opens on its own page.')).toBeVisible()
  const link = frame.getByRole('link', { name: 'Open the map in a new tab' })
  await expect(link).toHaveAttribute('href', `${GRAPHICS}?date=2025-11-02`)
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(frame.locator(`.${MARKER}`)).toHaveCount(0)
  await expect(frame.getByRole('button', { name: 'Embed' })).toHaveCount(0)
})

for (const search of ['?embed=1', '?screenshot=1']) {
  test(`another site may frame ${search}, which is made for it`, async ({ page, baseURL }) => {
    const frame = await frameMap(page, 'http://news.example/article.html', search, baseURL)
    await expect(frame.locator(`.${MARKER}`).first()).toBeVisible()
    await expect(frame.getByText('This map opens on its own page.')).toHaveCount(0)
  })
}

test('a page of our own origin may frame the full page', async ({ page, baseURL }) => {
  const frame = await frameMap(page, `${GRAPHICS}gallery.html`, '', baseURL)
  await expect(frame.getByRole('button', { name: 'Embed' })).toBeVisible()
  await expect(frame.locator(`.${MARKER}`).first()).toBeVisible()
})
