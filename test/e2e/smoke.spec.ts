import { readFileSync } from 'node:fs'
import { readCsv } from '../../src/domain/csv.ts'
import { expect, test } from './support.ts'

// Expected numbers come straight from the editor's CSV, not from the built GeoJSON.
const rows = readCsv(readFileSync('data/clinics.csv', 'utf8')).rows
const identified = rows.filter((r) =>
  ['confirmed', 'inferred'].includes(r.values.evidence ?? ''),
).length

test('the built page loads the dataset through its base path and shows every site', async ({
  page,
  errors,
}) => {
  const data = page.waitForResponse((r) => r.url().endsWith('/data/clinics.geojson'))
  await page.goto('./')
  expect((await data).status()).toBe(200)
  await expect(page.getByTestId('coverage')).toHaveText(
    `${identified} of the 61 struck clinics identified`,
  )
  await expect(page.locator('.clinic-list [data-clinic-id]')).toHaveCount(rows.length)
  expect(errors).toEqual([])
})
