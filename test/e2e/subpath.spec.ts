/**
 * The built site served the way GitHub Pages serves a fork (under `/<repo>/`), and under a deeper
 * folder, from the same `dist/`: every file the page asks for exists, the data arrives, and deep
 * links work. Together they show that publishing under any sub-path needs no rebuild.
 *
 * The pages come from scripts/lib/static-server.ts, not from `vite preview` (which serves the
 * build at the root only); the last test checks that server behaves like a static host.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts'
import { expect, listRows, slider, test } from './support.ts'

/**
 * Data rows in the editor's CSV, counted without the app's CSV reader (which the expected value
 * must not depend on): line breaks outside double quotes, less the header, blank lines ignored.
 */
function csvDataRows(text: string): number {
  let records = 0
  let quoted = false
  let content = false
  for (const char of text) {
    if (char === '"') quoted = !quoted // an escaped "" flips twice: no change
    if (char === '\n' && !quoted) {
      if (content) records++
      content = false
    } else if (char !== '\r') content = true
  }
  return records + (content ? 1 : 0) - 1
}

const CLINICS = csvDataRows(readFileSync('data/clinics.csv', 'utf8'))

for (const mount of ['/strike-map/', '/a/b/c/']) {
  test.describe(`the build served under ${mount}`, () => {
    let server: StaticServer
    test.beforeAll(async () => {
      server = await startStaticServer({ root: 'dist', mount })
    })
    test.afterAll(async () => {
      await server.close()
    })

    test('loads every file from the sub-path, with the dataset and the basemap', async ({
      page,
      errors,
    }) => {
      const origin = new URL(server.url).origin
      const responses: { path: string; status: number }[] = []
      const failed: string[] = []
      page.on('response', (r) => {
        const url = new URL(r.url())
        if (url.origin === origin) responses.push({ path: url.pathname, status: r.status() })
      })
      // Tile requests are aborted by the fixture and go elsewhere; only our own server counts.
      page.on('requestfailed', (r) => {
        if (new URL(r.url()).origin === origin) failed.push(r.url())
      })

      await page.goto(server.url)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Allina')
      await expect(page.locator('.leaflet-container')).toBeVisible()
      expect(CLINICS).toBeGreaterThan(0)
      await expect(listRows(page)).toHaveCount(CLINICS)
      await page.waitForLoadState('networkidle')

      const statusOf = (path: string) => responses.find((r) => r.path === path)?.status
      expect(statusOf(`${mount}data/clinics.geojson`), 'the dataset').toBe(200)
      expect(statusOf(`${mount}basemap.json`), 'the basemap').toBe(200)
      expect(responses.filter((r) => r.status < 200 || r.status > 299)).toEqual([])
      expect(
        responses.filter((r) => !r.path.startsWith(mount)),
        'left the sub-path',
      ).toEqual([])
      expect(failed).toEqual([])
      expect(errors).toEqual([])
    })

    test('a deep link opens on its date with the clinic selected', async ({ page, errors }) => {
      await page.goto(`${server.url}?date=2025-11-02&clinic=chaska`)
      await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Sunday 2 November 2025')
      const details = page.getByTestId('clinic-details')
      await expect(details).toBeVisible()
      await expect(details).toContainText('Chaska')
      expect(errors).toEqual([])
    })
  })
}

/** One raw request: unlike fetch, node:http sends `..` and `%2F` exactly as written. */
function get(base: string, path: string, method = 'GET') {
  const { hostname, port } = new URL(base)
  return new Promise<{ status: number; type?: string; location?: string; body: string }>(
    (done, fail) => {
      const req = request({ hostname, port, path, method }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            type: res.headers['content-type'],
            location: res.headers.location,
            body,
          }),
        )
      })
      req.on('error', fail)
      req.end()
    },
  )
}

test('the test server answers like a static host', async () => {
  const server = await startStaticServer({ root: 'dist', mount: 'strike-map' })
  try {
    const url = server.url
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/strike-map\/$/)
    expect(await get(url, '/strike-map')).toMatchObject({ status: 301, location: '/strike-map/' })
    const index = await get(url, '/strike-map/?date=2025-11-05')
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' })
    expect(index.body).toContain('<div id="root"')
    expect(await get(url, '/strike-map/basemap.json?v=2')).toMatchObject({
      status: 200,
      type: 'application/json; charset=utf-8',
    })
    expect((await get(url, '/strike-map/data/clinics.geojson')).type).toBe('application/geo+json')
    const assets = readdirSync('dist/assets')
    const types: Record<string, string> = {
      '.js': 'text/javascript; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
    }
    // What Pages publishes carries no source maps (only `npm run bench` builds them).
    expect(assets.filter((f) => f.endsWith('.map'))).toEqual([])
    for (const [ext, type] of Object.entries(types)) {
      const file = assets.find((f) => f.endsWith(ext))
      expect(file, `a ${ext} file in dist/assets`).toBeDefined()
      expect((await get(url, `/strike-map/assets/${file}`)).type).toBe(type)
    }
    const head = await get(url, '/strike-map/basemap.json', 'HEAD')
    expect(head).toMatchObject({ status: 200, body: '' })
    expect((await get(url, '/strike-map/missing.js')).status).toBe(404)
    expect((await get(url, '/elsewhere/index.html')).status).toBe(404)
    expect(await get(url, '/strike-map/data')).toMatchObject({
      status: 301,
      location: '/strike-map/data/',
    })
    expect((await get(url, '/strike-map/data/')).status).toBe(404) // a folder without index.html
    for (const escape of [
      '/strike-map/../package.json',
      '/strike-map/..%2F..%2Fpackage.json',
      '/strike-map/%2e%2e/%2e%2e/package.json',
    ]) {
      expect((await get(url, escape)).status, escape).toBe(403)
    }
    expect((await get(url, '/strike-map/x', 'POST')).status).toBe(405)
  } finally {
    await server.close()
  }
})
