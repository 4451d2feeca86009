/**
 * The "Download the data (CSV)" file is written by the build, formula-safe: a value a
 * spreadsheet would run gets a leading apostrophe; plain numbers stay numbers. The editor's
 * escape for a value that must start with = + - @ is the same apostrophe, which the build drops
 * from the published GeoJSON. Expected cells are written by hand.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBuild } from '../../scripts/build-data.ts'
import { formulaSafe } from '../../scripts/lib/public-csv.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'

describe('formulaSafe', () => {
  it('neutralises every formula start and leaves numbers and text alone', () => {
    expect(formulaSafe('=HYPERLINK("https://evil.example")')).toBe(
      `'=HYPERLINK("https://evil.example")`,
    )
    expect(formulaSafe("+cmd|' /C calc'!A0")).toBe(`'+cmd|' /C calc'!A0`)
    expect(formulaSafe('-2+3+cmd|A0')).toBe(`'-2+3+cmd|A0`)
    expect(formulaSafe('@SUM(A1)')).toBe(`'@SUM(A1)`)
    expect(formulaSafe('\t=1')).toBe(`'\t=1`)
    expect(formulaSafe('＝1+1')).toBe(`'＝1+1`)
    expect(formulaSafe('-93.0784192')).toBe('-93.0784192')
    expect(formulaSafe('61')).toBe('61')
    expect(formulaSafe('Allina Health Annandale Clinic')).toBe('Allina Health Annandale Clinic')
  })
})

describe('the public CSV download', () => {
  it('is written by the build: escaped where a spreadsheet would run a cell, not a copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strike-map-download-'))
    for (const n of ['events.csv', 'reported.csv'])
      copyFileSync(join('test/fixtures/valid', n), join(dir, n))
    const editor = readFileSync('test/fixtures/valid/clinics.csv', 'utf8')
      .replace('"Notes, with a comma"', "'-5 °C at the picket; =B2 is not a formula here")
      .replace('Closed for the day.', 'Closed for the day (Cafe\u0301 sign).')
    // As Excel on Windows saves it: a BOM and CRLF; a Mac may decompose é into e + accent.
    writeFileSync(join(dir, 'clinics.csv'), `\uFEFF${editor.replace(/\n/g, '\r\n')}`)
    expect(runBuild(dir, () => {}, { today: '2026-12-01' })).toBe(true)

    const published = JSON.parse(readFileSync(join(dir, 'clinics.geojson'), 'utf8')) as Dataset
    const maplewood = published.features.find((f) => f.id === 'maplewood')
    expect(maplewood?.properties.notes).toBe('-5 °C at the picket; =B2 is not a formula here')

    const download = readFileSync(join(dir, 'download/clinics.csv'), 'utf8')
    expect(download.startsWith('id,'), 'no BOM').toBe(true)
    expect(download).not.toContain('\r')
    const lines = download.split('\n')
    expect(lines[3]).toContain(',Closed for the day (Caf\u00e9 sign).,') // NFC
    expect(lines[0]).toBe(editor.split('\n')[0])
    expect(lines[2]).toContain(",'-5 °C at the picket; =B2 is not a formula here,")
    // A negative longitude is a number, not a formula: unchanged.
    expect(lines[1]).toContain(',44.9043372,-93.0784192,')
    expect(lines).toHaveLength(5) // header, three rows, the final newline
  })
})
