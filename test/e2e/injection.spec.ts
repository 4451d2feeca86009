/**
 * No data text reaches the page as HTML. Markup in the data (`<script>`) is refused by the shared
 * schema, so such a file ends in the error state; text that passes the schema but carries other
 * payloads (escaped markup, attribute breakers, template syntax, a 5,000-character name, a
 * right-to-left name) must show verbatim as text wherever the page shows it, and nothing in
 * it may run. The tampered datasets are served in place of data/clinics.geojson.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { DatasetSchema, type Dataset } from '../../src/domain/clinic-schema.ts'
import { expect, listRows, openMap, ownMarker, test } from './support.ts'
import { CLINIC_ID, LIST, MAP_READY, MARKER } from '../../src/domain/dom-contract.ts'

const DATA = /data\/clinics\.geojson$/
const published = () => JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset

function withProps(d: Dataset, id: string, props: Record<string, string>): Dataset {
  const f = d.features.find((x) => x.id === id)
  if (!f) throw new Error(`no clinic ${id} in data/clinics.geojson`)
  Object.assign(f.properties, props)
  return d
}

/**
 * Tripwires set before the page's first script: alert/confirm/prompt record their calls, and an
 * observer records every element that could run something (a script not from this site, an
 * on* attribute, an img with src "x", a javascript: link), even one that exists only briefly.
 */
async function setTripwires(page: Page) {
  await page.addInitScript(() => {
    const calls: string[] = []
    const found: string[] = []
    Object.defineProperty(window, '__tripped', { value: { calls, found } })
    for (const name of ['alert', 'confirm', 'prompt'] as const)
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => void calls.push(`${name}(${args.join(', ')})`),
      })
    const inspect = (el: Element) => {
      if (el instanceof HTMLScriptElement && !(el.src && new URL(el.src).origin === origin))
        found.push(`script: ${el.textContent?.slice(0, 60)}`)
      for (const a of Array.from(el.attributes))
        if (/^on/i.test(a.name)) found.push(`${a.name}=${a.value}`)
      if (el instanceof HTMLImageElement && el.getAttribute('src') === 'x') found.push('img src=x')
      if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push('javascript: link')
    }
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target instanceof Element) inspect(r.target)
        for (const n of Array.from(r.addedNodes))
          if (n instanceof Element) [n, ...Array.from(n.querySelectorAll('*'))].forEach(inspect)
      }
    }).observe(document, { subtree: true, childList: true, attributes: true })
  })
}

async function tripped(page: Page) {
  const t = await page.evaluate(
    () => (window as unknown as { __tripped: { calls: string[]; found: string[] } }).__tripped,
  )
  const pwned = await page.evaluate(() => 'pwned' in window)
  return { ...t, pwned }
}

test('a dataset with <script> in a name is refused, and nothing in it runs', async ({
  page,
  errors,
}) => {
  const tampered = withProps(published(), 'coon-rapids', {
    name: '<script>window.pwned = true; alert(1)</script>Coon Rapids',
    notes: '<img src=x onerror="window.pwned = true; alert(1)">',
  })
  await setTripwires(page)
  await page.route(DATA, (route) => route.fulfill({ json: tampered }))
  await page.goto('./')
  await expect(page.getByRole('alert')).toContainText(
    /not in the expected format \(features\.\d+\.properties\.(name|notes): contains < or >/,
  )
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect(listRows(page)).toHaveCount(0)
  expect(await tripped(page)).toEqual({ calls: [], found: [], pwned: false })
  expect(errors).toEqual([])
})

/** Text that passes the schema (no < or >) but would do harm if it were ever parsed. */
const PAYLOAD = {
  name: '&lt;img src=x onerror=alert(1)&gt; " onmouseover="alert(1) &#60;script&#62;alert(1)&#60;/script&#62;',
  street: '" onmouseover="alert(1)',
  city: "'); alert(1); //",
  notes:
    "{{constructor.constructor('alert(1)')()}} ${alert(1)} '); alert(1); // javascript:alert(1) &#x3C;svg onload=alert(1)&#x3E;",
}
const LONG_NAME =
  `Allina ${'{{7*7}} ${7*7} &lt;b&gt;x&lt;/b&gt; '.repeat(200)}`.slice(0, 4999) + 'Z'
// Right-to-left script, not a bidi override: the schema now refuses override characters
// (docs/data-build-hardening.md; test/unit/hostile-data.test.ts), so the page never gets one.
const RTL = {
  name: 'Allina Health \u05DE\u05E8\u05E4\u05D0\u05D4 exe.cinilC Clinic',
  notes: 'javascript:alert(1)',
}

function payloadDataset(): Dataset {
  const d = published()
  withProps(d, 'coon-rapids', PAYLOAD)
  withProps(d, 'hastings', { name: LONG_NAME })
  withProps(d, 'chaska', RTL)
  return d
}

/** The clinics whose names carry the payloads: markup, a 5,000-character name, right-to-left. */
const NAMED = [
  ['coon-rapids', PAYLOAD.name],
  ['hastings', LONG_NAME],
  ['chaska', RTL.name],
] as const

test.describe('text payloads that pass the schema show as inert text', () => {
  test.beforeEach(async ({ page }) => {
    const d = payloadDataset()
    // The fixture must be a dataset the app accepts, or this would test the error state.
    expect(DatasetSchema.safeParse(d).success, 'the payload dataset passes the schema').toBe(true)
    expect(LONG_NAME).toHaveLength(5000)
    await setTripwires(page)
    await page.route(DATA, (route) => route.fulfill({ json: d }))
  })

  test.afterEach(async ({ page }) => {
    expect(await tripped(page)).toEqual({ calls: [], found: [], pwned: false })
  })

  test('in the list', async ({ page, errors }) => {
    await openMap(page)
    for (const [id, name] of NAMED) {
      const row = page.locator(`.${LIST} [${CLINIC_ID}="${id}"]`)
      await row.hover()
      expect(await row.locator('.clinic-list-name').textContent()).toBe(name)
    }
    await expect(page.locator(`.${LIST} [${CLINIC_ID}="coon-rapids"]`)).toContainText(PAYLOAD.city)
    expect(errors).toEqual([])
  })

  test('in the details card and the page title', async ({ page, errors }) => {
    await openMap(page, '?clinic=coon-rapids')
    const details = page.getByTestId('clinic-details')
    await expect(details).toBeVisible()
    await details.hover()
    expect(await details.locator('#details-title').textContent()).toBe(PAYLOAD.name)
    expect(await details.locator('.details__notes').textContent()).toBe(PAYLOAD.notes)
    await expect(details).toContainText(`${PAYLOAD.street}, ${PAYLOAD.city}, MN`)
    expect(await page.title()).toContain(PAYLOAD.name)
    // The sources are still the dataset's https links, untouched by the text around them.
    for (const href of await details
      .locator('.details__sources')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^https:\/\//)

    await openMap(page, '?clinic=chaska')
    expect(await details.locator('#details-title').textContent()).toBe(RTL.name)
    expect(await details.locator('.details__notes').textContent()).toBe(RTL.notes)
    await expect(details.getByRole('link', { name: /javascript/ })).toHaveCount(0)
    expect(errors).toEqual([])
  })

  test('in the marker tooltip and the marker’s accessible name', async ({ page, errors }) => {
    for (const [id, name] of NAMED) {
      // Afresh for each: reaching one clinic's own marker may zoom the others out of view.
      await openMap(page)
      const marker = await ownMarker(page, id)
      await marker.hover()
      // Its own tooltip: a group at the new zoom may still show one where the click was.
      const tooltip = page.locator('.leaflet-tooltip').filter({ hasText: name })
      await expect(tooltip).toBeVisible()
      expect(await tooltip.textContent()).toBe(name)
      expect(await marker.locator('.visually-hidden').textContent()).toContain(name)
      await page.mouse.move(0, 0)
      await expect(page.locator('.leaflet-tooltip')).toHaveCount(0)
    }
    expect(errors).toEqual([])
  })

  test('in screenshot mode', async ({ page, errors }) => {
    await page.goto('./?screenshot=1&clinic=coon-rapids')
    await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
    expect(await page.locator('.still__selected').textContent()).toMatch(
      new RegExp(`^${PAYLOAD.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    )
    const marker = page.locator(`.${MARKER}`, {
      has: page.locator(`[${CLINIC_ID}="hastings"]`),
    })
    expect(await marker.locator('.visually-hidden').textContent()).toContain(LONG_NAME)
    expect(errors).toEqual([])
  })
})
