/**
 * The guard in support.ts applies to every test without being asked for. These tests prove it
 * can fail: a page error or console error in any context fails the test, and no tile request
 * leaves the machine, from the default page or from a context the test makes itself.
 */
import { expect, openMap, READER_TIME_ZONE, test } from './support.ts'

const TILE_URL = 'https://tile.openstreetmap.org/8/61/91.png'

test.describe('a test whose page misbehaves fails by itself', () => {
  // test.fail(): these must fail; Playwright reports them as passing only if they do.
  test('a page error fails the test, though it asks for no fixture', async ({ page }) => {
    test.fail()
    await openMap(page)
    await page.evaluate(() => setTimeout(() => Promise.reject(new Error('boom')).then(), 0))
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('a thrown error')
      }, 0),
    )
    await page.waitForTimeout(50)
  })

  test('a console error in a context the test opened fails the test', async ({ browser }) => {
    test.fail()
    const context = await browser.newContext()
    const other = await context.newPage()
    await openMap(other)
    await other.evaluate(() => console.error('something broke'))
    await other.waitForTimeout(50)
    await context.close()
  })
})

test('tile requests are blocked in the default page and in a new context', async ({
  page,
  browser,
}) => {
  await openMap(page)
  // The CSP lets the tile host serve images only, so the request is made by an <img>.
  const viaImage = (p: typeof page) =>
    p.evaluate(
      (url) =>
        new Promise<string>((done) => {
          const img = new Image()
          img.onload = () => done('reached')
          img.onerror = () => done('blocked')
          img.src = url
        }),
      TILE_URL,
    )
  const failed: string[] = []
  page.context().on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`))
  expect(await viaImage(page)).toBe('blocked')
  // Aborted by the guard's route (ERR_FAILED), not by a failed DNS look-up on a closed network.
  expect(failed).toContain(`${TILE_URL} net::ERR_FAILED`)
  const context = await browser.newContext()
  const other = await context.newPage()
  const otherFailed: string[] = []
  context.on('requestfailed', (r) => otherFailed.push(`${r.url()} ${r.failure()?.errorText}`))
  await openMap(other)
  expect(await viaImage(other)).toBe('blocked')
  expect(otherFailed).toContain(`${TILE_URL} net::ERR_FAILED`)
  await context.close()
})

test('pages run in the reader’s time zone, west of UTC', async ({ page, browser }) => {
  await page.goto('./')
  const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
  expect(await page.evaluate(zone)).toBe(READER_TIME_ZONE)
  const context = await browser.newContext()
  expect(await (await context.newPage()).evaluate(zone)).toBe(READER_TIME_ZONE)
  await context.close()
})
