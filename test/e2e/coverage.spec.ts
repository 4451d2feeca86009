// Truthful framing (issue 11): coverage where the eye is, counts that mean their labels on every
// date, a frame that says it is filtered, one headline for page and card, links a desk would
// sign, and "Report a correction". Expected numbers come from data/clinics.csv (support.ts rows).
import { existsSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { PRESETS } from '../../scripts/lib/screenshots.ts'
import { expect, openMap, rows, test } from './support.ts'
import { CLINIC_ID, LIST, MAP_READY, MARKER } from '../../src/domain/dom-contract.ts'

const struck = rows.filter((r) => r.struck_on === '2025-11-05')
const confirmed = struck.filter((r) => r.evidence === 'confirmed').length
const probable = struck.filter((r) => r.evidence === 'inferred').length
const closedForDay = rows.filter((r) => r.closed_for_strike_on && !r.struck_on).length
const identified = confirmed + probable + closedForDay
const REPORTED = Number(
  /^clinics_struck,(\d+),/m.exec(readFileSync('data/reported.csv', 'utf8'))?.[1],
)
const COVERAGE = `This map shows ${identified} of the ${REPORTED} clinics that struck on 5 Nov 2025: ${confirmed} confirmed by reporting, ${probable} probably struck`
const WHY = `The other ${REPORTED - identified} are missing: the union has not published its list.`

/** The coverage line is on the first screen: wholly inside the viewport, without scrolling. */
async function expectCoverageOnFirstScreen(page: Page) {
  const line = page.getByTestId('coverage')
  const viewport = page.viewportSize()
  // What is drawn (innerText), not what is in the DOM: phones show the short form.
  await expect(line).toBeVisible()
  const drawn = await line.evaluate((el) => (el as HTMLElement).innerText)
  if ((viewport?.width ?? 0) > 600) {
    expect(drawn).toContain(COVERAGE)
    expect(drawn).toContain(WHY)
  } else {
    expect(drawn).toContain(
      `Shown: ${identified} of the ${REPORTED} struck clinics (${confirmed} confirmed, ${probable} probable`,
    )
    expect(drawn).toContain('The union has not published the rest.')
  }
  const box = await line.boundingBox()
  expect(box, 'coverage line drawn').not.toBeNull()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height, 'coverage line ends inside the first screen').toBeLessThanOrEqual(
    viewport!.height,
  )
}

for (const [w, h] of [
  [1280, 720],
  [390, 844],
]) {
  test(`the first screen at ${w}x${h} states the coverage with the numbers from the data`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w!, height: h! })
    await openMap(page)
    await expectCoverageOnFirstScreen(page)
  })
}

test('the embed states the coverage above its map', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 })
  await openMap(page, '?embed=1')
  await expectCoverageOnFirstScreen(page)
})

for (const [name, size] of Object.entries(PRESETS)) {
  test(`the ${name} screenshot preset carries the coverage inside its frame`, async ({ page }) => {
    await page.setViewportSize(size)
    await page.goto('./?screenshot=1')
    await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
    await expectCoverageOnFirstScreen(page)
  })
}

test('the legend counts confirmed and probable strikes apart, dated after the day', async ({
  page,
}) => {
  await openMap(page, '?date=2025-11-06')
  await expect(page.getByRole('group', { name: /^By 6 Nov 2025/ })).toBeVisible()
  await expect(
    page.getByRole('checkbox', {
      name: `Struck on 5 Nov 2025, confirmed by reporting (${confirmed})`,
    }),
  ).toBeVisible()
  // Chaska's closure was announced before the strike: after it, its latest news is the closure.
  const probablyAfter = struck.filter(
    (r) =>
      r.evidence === 'inferred' &&
      !(r.closure_announced_on && r.closure_announced_on <= '2025-11-06'),
  ).length
  await expect(
    page.getByRole('checkbox', { name: `Probably struck on 5 Nov 2025 (${probablyAfter})` }),
  ).toBeVisible()
  await expect(page.getByText(/No strike event/)).toHaveCount(0)
})

test('in October the June pickets read as history, not as the day’s status', async ({ page }) => {
  await openMap(page, '?date=2025-10-01')
  // Picketed on 3 Jun and, by 1 Oct, not yet due to close (a month-only date counts from its end).
  const picketed = rows.filter(
    (r) =>
      r.picketed_on?.includes('2025-06-03') &&
      !(r.closure_announced_on && r.closure_announced_on <= '2025-09-30'),
  ).length
  await expect(page.getByRole('group', { name: /^By 1 Oct 2025/ })).toBeVisible()
  await expect(
    page.getByRole('checkbox', { name: `Picketed on 3 Jun 2025 (${picketed})` }),
  ).toBeVisible()
})

test('a scheduled closure is not counted as closed, and reads as unconfirmed once past', async ({
  page,
}) => {
  await openMap(page, '?date=2026-02-01')
  const reported = rows.filter((r) => r.closed_basis === 'reported' && r.closed_on! <= '2026-02-01')
  const scheduled = rows.filter(
    (r) => r.closed_basis === 'scheduled' && r.closed_on! <= '2026-02-01',
  )
  expect(scheduled.map((r) => r.id)).toEqual(['chaska'])
  await expect(
    page.getByRole('checkbox', { name: `Closed on 1 Nov 2025 (${reported.length})` }),
  ).toBeVisible()
  await expect(
    page.getByRole('checkbox', {
      name: `Was scheduled to close on 1 Feb 2026; not confirmed (${scheduled.length})`,
    }),
  ).toBeVisible()
  await expect(page.locator(`.${LIST} [${CLINIC_ID}="chaska"]`)).toContainText(
    'Was scheduled to close on 1 Feb 2026; no source seen confirms it',
  )
})

test('a searched still says so in its frame', async ({ page }) => {
  // Every row naming Lakeville is among those shown (a town search also offers the nearest).
  const naming = rows.filter((r) =>
    `${r.name} ${r.city} ${r.street ?? ''}`.toLowerCase().includes('lakeville'),
  )
  await page.setViewportSize(PRESETS.article)
  await page.goto('./?screenshot=1&q=lakeville')
  await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
  const drawn = page.locator(`.leaflet-marker-pane .${MARKER}`)
  const shown = await drawn.count()
  expect(shown).toBeGreaterThanOrEqual(naming.length)
  for (const r of naming)
    await expect(page.locator(`.${MARKER} [${CLINIC_ID}="${r.id}"]`)).toHaveCount(1)
  // The frame's count is the count of clinics drawn in it.
  await expect(page.locator('.still')).toContainText(
    `Filtered: clinics matching “lakeville”; ${shown} of ${rows.length} sites shown`,
  )
  await page.goto('./?screenshot=1')
  await expect(page.locator('html')).toHaveAttribute(MAP_READY, 'true')
  await expect(page.locator('.still')).not.toContainText('Filtered')
})

test('index.html carries the page’s one headline and the coverage in its card tags', async ({
  page,
  request,
}) => {
  const html = await (await request.get('./')).text()
  const meta = (attr: string) =>
    new RegExp(`<meta (?:name|property)="${attr}" content="([^"]*)"`).exec(html)?.[1]
  await openMap(page)
  const headline = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  const unescape = (s = '') =>
    s
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
  expect(unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1])).toMatch(new RegExp(`^${headline}: `))
  expect(unescape(meta('og:title'))).toBe(headline)
  expect(unescape(meta('twitter:title'))).toBe(headline)
  for (const tag of ['description', 'og:description', 'twitter:description'])
    expect(unescape(meta(tag))).toContain(COVERAGE)
  expect(html).not.toMatch(/%[A-Z_]+%/)
  await expect(page.getByText('By the News Apps Desk')).toHaveCount(0)
  await expect(page.getByText(/^The map covers the dispute from 3 Jun 2025/)).toBeVisible()
})

test('each card and the footer offer "Report a correction" prefilled with clinic, date and page', async ({
  page,
}) => {
  await openMap(page, '?clinic=annandale')
  const card = page.getByTestId('clinic-details')
  const href =
    (await card.getByRole('link', { name: 'Report a correction' }).getAttribute('href')) ?? ''
  const url = new URL(href)
  const body = url.searchParams.get('body') ?? ''
  expect(['mailto:', 'https:']).toContain(url.protocol)
  if (url.protocol === 'https:') expect(url.pathname).toMatch(/^\/[^/]+\/[^/]+\/issues\/new$/)
  expect(body).toContain('Clinic: Allina Health Annandale Clinic (annandale)')
  expect(body).toContain('Date shown: 5 Nov 2025')
  expect(body).toMatch(/Page: http:\/\/127\.0\.0\.1:\d+\/.*clinic=annandale/)
  const footer = page.locator('footer').getByRole('link', { name: 'Report a correction' })
  await expect(footer).toHaveAttribute('href', /(mailto:|https:\/\/github\.com\/).+Date%20shown/)
})

/** The blocked hosts: data/blocked-hosts.txt when the data build has it, else issue 11's list. */
function blockedHosts(): string[] {
  if (existsSync('data/blocked-hosts.txt'))
    return readFileSync('data/blocked-hosts.txt', 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean)
  return [
    'ard.arcamaxmails.com',
    'brightgram.com',
    'particle.news',
    'tnnews.ai',
    'gkii.online',
    'daily8.com',
  ]
}

async function linkedHosts(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (as) =>
    as.flatMap((a) => {
      try {
        return [new URL((a as HTMLAnchorElement).href).hostname.replace(/^www\./, '')]
      } catch {
        return []
      }
    }),
  )
}

test('neither the page, its presets, its event captions nor any card links a blocked host', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const blocked = blockedHosts()
  const isBlocked = (host: string) => blocked.some((b) => host === b || host.endsWith(`.${b}`))
  const seen: string[] = []
  const events = [
    ...new Set(readFileSync('data/events.csv', 'utf8').match(/^\d{4}-\d\d-\d\d(?=,)/gm)),
  ]
  for (const q of ['', '?embed=1', '?screenshot=1', ...events.map((d) => `?date=${d}`)]) {
    await page.goto(`./${q}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
    await expect(page.getByTestId('coverage')).toBeVisible()
    seen.push(...(await linkedHosts(page)).filter(isBlocked).map((h) => `${q || '/'}: ${h}`))
  }
  for (const r of rows) {
    await page.goto(`./?clinic=${r.id}`)
    await expect(page.getByTestId('clinic-details')).toBeVisible()
    seen.push(...(await linkedHosts(page)).filter(isBlocked).map((h) => `${r.id}: ${h}`))
  }
  expect([...new Set(seen)]).toEqual([])
})
