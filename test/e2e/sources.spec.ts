/**
 * No link on the page cites a host on data/blocked-hosts.txt (issue 11, point 4): the default
 * view, the strike day's caption, the screenshot and embed frames, and the card of every clinic
 * that a source ties to the strike. The list and the clinic ids are read from data/, not from
 * the app. A green run does not cover pages a reader reaches by other URL combinations.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { blockedBy, parseBlockList } from '../../scripts/lib/blocked-hosts.ts'
import { expect, rows, test } from './support.ts'
import { MARKER } from '../../src/domain/dom-contract.ts'

const hosts = parseBlockList({
  file: 'data/blocked-hosts.txt',
  text: readFileSync('data/blocked-hosts.txt', 'utf8'),
}).hosts

async function links(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
}

test('the blocked-host list is not empty', () => {
  expect(hosts.length).toBeGreaterThan(5)
})

for (const search of ['', '?date=2025-11-05', '?screenshot=1&date=2025-11-05', '?embed=1']) {
  test(`the page at "${search || '/'}" links no blocked host`, async ({ page }) => {
    await page.goto(`./${search}`)
    await expect(page.locator(`.${MARKER}`).first()).toBeAttached()
    const hrefs = await links(page)
    expect(hrefs.filter((h) => blockedBy(h, hosts))).toEqual([])
  })
}

const confirmed = rows.filter((r) => r.evidence === 'confirmed').map((r) => r.id!)

test('the card of every confirmed clinic cites its sources, none on a blocked host', async ({
  page,
}) => {
  expect(confirmed.length).toBeGreaterThan(0)
  for (const id of confirmed) {
    await page.goto(`./?clinic=${id}`)
    const card = page.getByTestId('clinic-details')
    await expect(card).toBeVisible()
    const hrefs = await card
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
    const row = rows.find((r) => r.id === id)!
    expect(hrefs.length, `${id} links its sources`).toBeGreaterThanOrEqual(
      row.sources!.split(';').length,
    )
    expect(
      hrefs.filter((h) => blockedBy(h, hosts)),
      id,
    ).toEqual([])
  }
})
