/**
 * The built page's Content-Security-Policy (a <meta>, as GitHub Pages sends no headers), what it
 * lets the page load, and the page's links out. The policy is added by a build-only plugin in
 * vite.config.ts; the tile host comes from src/map/tiles.ts, as it does here.
 */
import type { Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { contentSecurityPolicy } from '../../scripts/lib/csp.ts'
import { TILES } from '../../src/map/tiles.ts'
import { expect, markers, openMap, ownMarker, rows, test } from './support.ts'
import { MAP_READY } from '../../src/domain/dom-contract.ts'

const TILE_ORIGIN = new URL(TILES.url.replace(/\{[a-z]\}/g, '0')).origin
const TILE = /tile\.openstreetmap\.org/

/** The policy a reader's browser must get, directive by directive. */
const EXPECTED: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', TILE_ORIGIN],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
}

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = '', ...values]) => [name, values]),
  )
}

interface Violation {
  directive: string
  blocked: string
}

/** Records every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = []
    Object.defineProperty(window, '__violations', { value: seen })
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    )
  })
  const console: string[] = []
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) console.push(m.text())
  })
  return {
    console,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations),
  }
}

/** Serves a plain PNG for every tile, so the policy is tried with tiles loading too. */
async function serveTiles(page: Page) {
  const png = new PNG({ width: 256, height: 256 })
  png.data.fill(0xdd)
  const body = PNG.sync.write(png)
  await page.route(TILE, (route) => route.fulfill({ contentType: 'image/png', body }))
}

test('the built page carries a strict Content-Security-Policy before anything it governs', async ({
  request,
}) => {
  const html = await (await request.get('./')).text()
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)
  expect(meta, 'a CSP meta in the built index.html').not.toBeNull()
  const policy = meta?.[1] ?? ''
  expect(directives(policy)).toEqual(EXPECTED)
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*(?!\.)/)
  // A meta policy only governs what comes after it.
  const at = html.indexOf('Content-Security-Policy')
  for (const tag of ['<script', '<link rel="stylesheet"', '<style'])
    if (html.includes(tag)) expect(html.indexOf(tag), tag).toBeGreaterThan(at)
  // No inline script in the page: every <script> has a src.
  expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([])
})

test('the page works under the policy with no violation, tiles and Save image included', async ({
  page,
  errors,
}) => {
  const csp = await watchViolations(page)
  await serveTiles(page)
  await openMap(page, '?clinic=coon-rapids')
  await expect(markers(page)).toHaveCount(rows.length)
  await expect(page.getByTestId('clinic-details')).toBeVisible()
  await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible()
  // Buffalo: west of the metro, clear of the details card open over the map's east.
  await (await ownMarker(page, 'buffalo')).hover()
  await expect(page.locator('.leaflet-tooltip')).toBeVisible()
  await page.getByRole('slider', { name: 'Date' }).press('ArrowLeft')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save image' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.png$/)
  for (const search of ['?screenshot=1', '?embed=1&theme=dark']) {
    await page.goto(`./${search}`)
    await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
  }
  expect(await csp.violations()).toEqual([])
  expect(csp.console).toEqual([])
  expect(errors).toEqual([])
})

test.describe(() => {
  // The blocked script, style and request are the point: the browser reports each as an error.
  test.use({ allowErrors: [/Content Security Policy/] })
  test('injected inline script, eval, inline handlers and styles, and other hosts are blocked', async ({
    page,
  }) => {
    const csp = await watchViolations(page)
    await openMap(page)
    const result = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>
      const inline = document.createElement('script')
      inline.textContent = 'window.__inlineRan = true'
      document.body.append(inline)
      const outside = document.createElement('script')
      outside.src = 'https://cdn.example.com/x.js'
      document.body.append(outside)
      const attempt = (run: () => unknown) => {
        try {
          run()
          return 'ran'
        } catch (e) {
          return (e as Error).name
        }
      }
      // DevTools may run code while it evaluates; after a task boundary the page's own rules hold.
      await new Promise((r) => setTimeout(r, 0))
      const evaluated = attempt(() => (0, eval)('1 + 1'))
      const constructed = attempt(() => new Function('return 1')())
      const box = document.createElement('div')
      box.innerHTML =
        '<img src="data:," onerror="window.__handlerRan = true"><p style="color: rgb(1, 2, 3)">x</p>'
      document.body.append(box)
      const fetched = await fetch('https://api.example.com/').then(
        () => 'ran',
        () => 'blocked',
      )
      await new Promise((r) => setTimeout(r, 300))
      return {
        inline: w.__inlineRan === true,
        evaluated,
        constructed,
        handler: w.__handlerRan === true,
        styled: getComputedStyle(box.querySelector('p') as Element).color === 'rgb(1, 2, 3)',
        fetched,
      }
    })
    expect(result).toEqual({
      inline: false,
      evaluated: 'EvalError',
      constructed: 'EvalError',
      handler: false,
      styled: false,
      fetched: 'blocked',
    })
    const blocked = (await csp.violations()).map((v) => v.directive)
    for (const d of [
      'script-src-elem',
      'script-src',
      'script-src-attr',
      'style-src-attr',
      'connect-src',
    ])
      expect(blocked, `a ${d} violation was reported`).toContain(d)
  })
})

test('every script is our own, and no request leaves the site except for map tiles', async ({
  page,
  errors,
  baseURL,
}) => {
  const site = new URL(baseURL ?? '').origin
  const elsewhere: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (!['http:', 'https:'].includes(url.protocol)) return
    if (url.origin !== site && url.origin !== TILE_ORIGIN) elsewhere.push(r.url())
  })
  await openMap(page, '?clinic=coon-rapids')
  await expect(page.getByTestId('clinic-details')).toBeVisible()
  await page.goto('./?embed=1')
  await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
  const scripts = await page.evaluate(() =>
    [...document.scripts].map((s) => ({ src: s.src, origin: s.src && new URL(s.src).origin })),
  )
  expect(scripts.length).toBeGreaterThan(0)
  for (const s of scripts) expect(s.origin, `script ${s.src || '(inline)'}`).toBe(site)
  expect(elsewhere).toEqual([])
  expect(errors).toEqual([])
})

test('links out open in a new tab with rel="noopener noreferrer"', async ({ page, errors }) => {
  // A tile to draw (the fixture blocks the real host): OpenStreetMap is credited once one shows.
  const tile = new PNG({ width: 256, height: 256 })
  await page.route(/tile\.openstreetmap\.org/, (route) =>
    route.fulfill({ contentType: 'image/png', body: PNG.sync.write(tile) }),
  )
  await openMap(page, '?clinic=coon-rapids')
  await expect(page.getByTestId('clinic-details').getByRole('link').first()).toBeVisible()
  // Leaflet, the Census Bureau and GeoNames with the map, OpenStreetMap with its first tile.
  await expect(page.locator('.leaflet-control-attribution a')).toHaveCount(4)
  const origin = new URL(page.url()).origin
  const check = async () => {
    const links = await page.locator('a[href^="http"]').evaluateAll((as) =>
      as.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        rel: a.getAttribute('rel') ?? '',
        target: a.getAttribute('target') ?? '',
      })),
    )
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      expect(link.rel.split(/\s+/), link.href).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      )
      if (new URL(link.href).origin !== origin) expect(link.target, link.href).toBe('_blank')
    }
    return links
  }
  const full = await check()
  for (const credit of ['leafletjs.com', 'openstreetmap.org', 'census.gov', 'geonames.org'])
    expect(full.map((l) => l.href).join(' ')).toContain(credit)
  // The embed adds "Open full page", a same-site link that opens a new tab.
  await page.goto('./?embed=1&clinic=coon-rapids')
  await expect(page.getByRole('link', { name: 'Open full page' })).toBeVisible()
  await check()
  expect(errors).toEqual([])
})

test.describe(() => {
  // The other repository's blocked script is the point: the browser reports it as an error.
  test.use({ allowErrors: [/Content Security Policy/] })
  test('with SITE_URL the policy names our own path: the page works, another repository’s script on the same origin does not run', async ({
    page,
    baseURL,
  }) => {
    const site = baseURL ?? ''
    // The policy a Pages build gets (SITE_URL from configure-pages), put into the preview's page.
    const policy = contentSecurityPolicy(TILES.url, site)
    expect(policy).toContain(`script-src ${site}assets/`)
    await page.route(/\/(\?.*)?$/, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue()
      const response = await route.fetch()
      const html = (await response.text()).replace(
        /(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/,
        `$1${policy}"`,
      )
      return route.fulfill({ response, body: html })
    })
    // Another project site of the same account: same origin, another path.
    await page.route(/\/other-repo\/x\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.__otherRan = true' }),
    )
    const csp = await watchViolations(page)
    await openMap(page, '?clinic=coon-rapids')
    expect(
      await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).toBe(policy)
    await expect(markers(page)).toHaveCount(rows.length)
    await expect(page.getByTestId('clinic-details')).toBeVisible()
    await expect(page.locator('.basemap-state--home')).toHaveCount(2)
    expect(await csp.violations(), 'the page itself needs nothing outside its path').toEqual([])
    const ran = await page.evaluate(async (src) => {
      const other = document.createElement('script')
      other.src = src
      document.body.append(other)
      await new Promise((r) => setTimeout(r, 500))
      return (window as unknown as { __otherRan?: boolean }).__otherRan === true
    }, new URL('/other-repo/x.js', site).href)
    expect(ran).toBe(false)
    expect((await csp.violations()).map((v) => v.directive)).toContain('script-src-elem')
  })
})
