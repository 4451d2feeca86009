/**
 * The screenshot tool (scripts/lib/screenshots.ts) against the built site: every preset writes a
 * PNG of twice its CSS size showing a drawn map, not a blank page, and one view photographed twice
 * is the same picture pixel for pixel, so re-running the tool never produces a spurious change.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import {
  captureScreenshots,
  PRESET_NAMES,
  PRESETS,
  slugOf,
  viewParams,
} from '../../scripts/lib/screenshots.ts'

const quiet = () => {}

/** Width and height read from the IHDR chunk here, not by the tool under test. */
function headerSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1'), 'a PNG signature').toBe('PNG')
  expect(png.subarray(12, 16).toString('latin1'), 'IHDR first').toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** How many different RGBA values a region holds. */
function distinctColours(png: PNG, x0 = 0, y0 = 0, w = png.width, h = png.height): number {
  const seen = new Set<number>()
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) seen.add(png.data.readUInt32BE((y * png.width + x) * 4))
  }
  return seen.size
}

let out: string
test.beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'strike-map-shots-'))
})
test.afterEach(() => {
  rmSync(out, { recursive: true, force: true })
})

test('every preset is written at twice its size and shows a drawn map', async () => {
  test.setTimeout(90_000)
  const shots = await captureScreenshots({ url: '?date=2025-11-05', outDir: out, log: quiet })
  expect(shots.map((s) => s.preset)).toEqual(PRESET_NAMES)

  for (const preset of PRESET_NAMES) {
    const file = join(out, `${preset}-date-2025-11-05.png`)
    expect(existsSync(file), file).toBe(true)
    const bytes = readFileSync(file)
    const { width, height } = PRESETS[preset]
    expect(headerSize(bytes), preset).toEqual({ width: 2 * width, height: 2 * height })

    const png = PNG.sync.read(bytes)
    expect(distinctColours(png), `${preset}: colours in the picture`).toBeGreaterThan(50)
    // The middle fifth of the frame is where the map is: one flat colour there means no map.
    const [w, h] = [Math.round(png.width / 5), Math.round(png.height / 5)]
    expect(
      distinctColours(png, 2 * w, 2 * h, w, h),
      `${preset}: colours in the centre`,
    ).toBeGreaterThan(1)
  }
})

test('the same view photographed twice gives identical pixels', async () => {
  test.setTimeout(60_000)
  const options = { presets: ['phone'] as const, url: 'date=2025-11-02&clinic=chaska', log: quiet }
  const [first] = await captureScreenshots({ ...options, outDir: join(out, 'a') })
  const [second] = await captureScreenshots({ ...options, outDir: join(out, 'b') })
  const a = PNG.sync.read(readFileSync(first?.file ?? ''))
  const b = PNG.sync.read(readFileSync(second?.file ?? ''))
  expect([b.width, b.height]).toEqual([a.width, a.height])
  let differing = 0
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data.readUInt32BE(i) !== b.data.readUInt32BE(i)) differing++
  }
  expect(differing, 'pixels that differ between two runs').toBe(0)
})

test('--url takes a query in any of the forms an editor might paste', () => {
  const forms = [
    '?date=2025-11-05&status=struck,closed',
    'date=2025-11-05&status=struck,closed',
    './?date=2025-11-05&status=struck,closed',
    'https://newsroom.github.io/strike-map/?date=2025-11-05&status=struck,closed#map',
  ]
  for (const form of forms) {
    const params = viewParams(form)
    expect(params.get('date'), form).toBe('2025-11-05')
    expect(params.get('status'), form).toBe('struck,closed')
    expect(slugOf(params), form).toBe('date-2025-11-05-status-struck-closed')
  }
  expect(slugOf(viewParams(''))).toBe('')
})
