// 10,000 clinics (issue 5): the map draws them on one canvas instead of 10,000 focusable DOM
// markers, a click still selects a clinic, and the list (the keyboard path) caps its rows with a
// note. The synthetic clinics are the benchmark's, copies of the real ones at random positions.
import { useState } from 'react'
import type { Map as LeafletMap } from 'leaflet'
import 'leaflet/dist/leaflet.css'
import { MapContainer } from 'react-leaflet'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { syntheticDataset } from '../../scripts/bench/synthetic.ts'
import '../../src/app/theme.css'
import { ClinicList, LIST_LIMIT } from '../../src/controls/ClinicList.tsx'
import { DatasetSchema, type Dataset } from '../../src/domain/clinic-schema.ts'
import { clinicsOn, type ClinicView } from '../../src/domain/filters.ts'
import { STRIKE_DAY } from '../../src/domain/story.ts'
import { CanvasMarkers } from '../../src/map/CanvasMarkers.tsx'
import { CANVAS_THRESHOLD } from '../../src/map/ClinicMarkers.tsx'
import { StrikeMap } from '../../src/map/StrikeMap.tsx'
import { csvRows, realDataset } from './real-data.ts'
import { CLINIC_ID, MARKER } from '../../src/domain/dom-contract.ts'

const COUNT = 10_000
let real: Dataset
let big: Dataset
let views: ClinicView[]

beforeAll(async () => {
  real = await realDataset()
  big = syntheticDataset(real, COUNT)
  views = clinicsOn(big.features, STRIKE_DAY)
})

/** The map of `shown`, filtered from a dataset of `total` clinics. */
function TestMap({ views: shown, total }: { views: readonly ClinicView[]; total: number }) {
  return (
    <div style={{ width: 640, height: 480 }}>
      <StrikeMap
        views={shown}
        total={total}
        extent={shown.map((v) => v.feature.geometry.coordinates)}
        selectedId={undefined}
        onSelect={() => {}}
        basemap={undefined}
        tiles={false}
      />
    </div>
  )
}

const overlayCanvas = () =>
  document.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas')

/** How many pixels of a canvas something was drawn on. */
function paintedPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
  let painted = 0
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++
  return painted
}

describe('10,000 clinics', () => {
  it('are valid data under the shared schema, inside the region', () => {
    expect(big.features).toHaveLength(COUNT)
    expect(DatasetSchema.safeParse(big).success).toBe(true)
  })

  it('are drawn on one canvas, not as focusable markers', async () => {
    expect(views.length).toBeGreaterThan(CANVAS_THRESHOLD)
    await render(<TestMap views={views} total={COUNT} />)
    await expect.poll(overlayCanvas).not.toBeNull()
    await expect.poll(() => paintedPixels(overlayCanvas()!)).toBeGreaterThan(20_000)
    expect(document.querySelectorAll(`.${MARKER}`)).toHaveLength(0)
    await expect
      .element(page.getByRole('region', { name: /drawn as one image; the clinic list/ }))
      .toBeInTheDocument()
  })

  it('while the real sites stay focusable markers, one per row of data/clinics.csv', async () => {
    const rows = await csvRows('clinics.csv')
    await render(<TestMap views={clinicsOn(real.features, STRIKE_DAY)} total={rows.length} />)
    await expect.poll(() => document.querySelectorAll(`.${MARKER}`).length).toBe(rows.length)
    expect(overlayCanvas()).toBeNull()
  })

  it('stay on the canvas when a reader filters them down to a few (the renderer never flips)', async () => {
    // Three clinics of the 10,000: the dataset's size, not the filtered count, picks the canvas.
    await render(<TestMap views={views.slice(0, 3)} total={COUNT} />)
    await expect.poll(overlayCanvas).not.toBeNull()
    await expect.poll(() => paintedPixels(overlayCanvas()!)).toBeGreaterThan(0)
    expect(document.querySelectorAll(`.${MARKER}`)).toHaveLength(0)
  })

  it('a click on a canvas marker selects that clinic', async () => {
    const onSelect = vi.fn()
    let map: LeafletMap | undefined
    function Harness() {
      const [shown] = useState(() => views.slice(0, 3))
      return (
        <MapContainer
          ref={(m) => void (map = m ?? undefined)}
          style={{ width: 640, height: 480 }}
          bounds={shown.map((v) => {
            const [lon, lat] = v.feature.geometry.coordinates
            return [lat, lon] as [number, number]
          })}
          boundsOptions={{ padding: [40, 40] }}
        >
          <CanvasMarkers views={shown} selectedId={undefined} onSelect={onSelect} />
        </MapContainer>
      )
    }
    await render(<Harness />)
    await expect.poll(overlayCanvas).not.toBeNull()
    const target = views[1]!
    const [lon, lat] = target.feature.geometry.coordinates
    const point = map!.latLngToContainerPoint([lat, lon])
    await userEvent.click(map!.getContainer(), { position: { x: point.x, y: point.y } })
    await expect.poll(() => onSelect.mock.calls).toEqual([[target.feature.id]])
  })

  it('a clinic filtered out leaves the canvas: not drawn, not clickable, and comes back', async () => {
    const onSelect = vi.fn()
    let map: LeafletMap | undefined
    const three = views.slice(0, 3)
    const bounds = three.map((v) => {
      const [lon, lat] = v.feature.geometry.coordinates
      return [lat, lon] as [number, number]
    })
    const Harness = ({ shown }: { shown: readonly ClinicView[] }) => (
      <MapContainer
        ref={(m) => void (map = m ?? undefined)}
        style={{ width: 640, height: 480 }}
        bounds={bounds}
        boundsOptions={{ padding: [40, 40] }}
      >
        <CanvasMarkers views={shown} selectedId={undefined} onSelect={onSelect} />
      </MapContainer>
    )
    const screen = await render(<Harness shown={three} />)
    await expect.poll(overlayCanvas).not.toBeNull()
    const target = three[1]!
    const [lon, lat] = target.feature.geometry.coordinates
    const at = () => map!.latLngToContainerPoint([lat, lon])
    /** Painted pixels in a 6 px square around the clinic, read off the canvas itself. */
    const paintedAt = () => {
      const canvas = overlayCanvas()!
      const box = canvas.getBoundingClientRect()
      const origin = map!.getContainer().getBoundingClientRect()
      const ratio = canvas.width / box.width
      const x = Math.round((at().x + origin.left - box.left) * ratio)
      const y = Math.round((at().y + origin.top - box.top) * ratio)
      const side = Math.round(6 * ratio)
      const { data } = canvas.getContext('2d')!.getImageData(x - side / 2, y - side / 2, side, side)
      let n = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++
      return n
    }
    await expect.poll(paintedAt).toBeGreaterThan(0)

    await screen.rerender(<Harness shown={[three[0]!, three[2]!]} />)
    await expect.poll(paintedAt).toBe(0)
    await userEvent.click(map!.getContainer(), { position: { x: at().x, y: at().y } })
    expect(onSelect).not.toHaveBeenCalled()

    await screen.rerender(<Harness shown={three} />)
    await expect.poll(paintedAt).toBeGreaterThan(0)
    await userEvent.click(map!.getContainer(), { position: { x: at().x, y: at().y } })
    await expect.poll(() => onSelect.mock.calls).toEqual([[target.feature.id]])
  })

  it('the list shows its first rows with a note, and keeps the selected clinic', async () => {
    const selected = views[COUNT - 1]!.feature.id
    await render(
      <ClinicList views={views} selectedId={selected} onSelect={() => {}} day={STRIKE_DAY} />,
    )
    await expect
      .element(
        page.getByText(
          `Showing the first ${LIST_LIMIT} of 10,000 clinics; type a city to narrow the list.`,
        ),
      )
      .toBeVisible()
    const rows = page.getByRole('listitem').elements()
    expect(rows).toHaveLength(LIST_LIMIT + 1)
    expect(LIST_LIMIT).toBeLessThanOrEqual(300)
    expect(document.querySelector('[aria-current="true"]')?.getAttribute(CLINIC_ID)).toBe(selected)
  })
})
