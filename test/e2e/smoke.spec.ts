import { readFileSync } from 'node:fs'
import { readCsv } from '../../scripts/lib/csv.ts'
import { expect, test } from './support.ts'
import { CLINIC_ID, LIST } from '../../src/domain/dom-contract.ts'

// Expected numbers come straight from the editor's CSV, not from the built GeoJSON.
const rows = readCsv(readFileSync('data/clinics.csv', 'utf8')).rows
const identified = rows.filter((r) =>
  ['confirmed', 'inferred'].includes(r.values.evidence ?? ''),
).length
const confirmed = rows.filter((r) => r.values.evidence === 'confirmed' && r.values.struck_on).length
const probable = rows.filter((r) => r.values.evidence === 'inferred' && r.values.struck_on).length

test('the built page loads the dataset through its base path and shows every site', async ({
  page,
  errors,
}) => {
  const data = page.waitForResponse((r) => r.url().endsWith('/data/clinics.geojson'))
  await page.goto('./')
  expect((await data).status()).toBe(200)
  await expect(page.getByTestId('coverage')).toContainText(
    `This map shows ${identified} of the 61 clinics that struck on 5 Nov 2025: ${confirmed} confirmed by reporting, ${probable} probably struck`,
  )
  await expect(page.locator(`.${LIST} [${CLINIC_ID}]`)).toHaveCount(rows.length)
  expect(errors).toEqual([])
})
