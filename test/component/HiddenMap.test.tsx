// A phone reader who taps List before the page has finished coming alive: the map is hidden
// when the phone's parts switch on (the scroll guard and its fit clear of the "tap" hint,
// StrikeMap's `guardScroll`). A fit worked out in that hidden, 0x0 box zoomed the map to its
// deepest level, so the clinic then picked from the list sat alone on an empty map with every
// other clinic thousands of pixels away (layout.spec's list-then-marker journey, 1 run in 8).
import 'leaflet/dist/leaflet.css'
import { beforeAll, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { clinicsOn, type ClinicView } from '../../src/domain/filters.ts'
import { STRIKE_DAY } from '../../src/domain/story.ts'
import { StrikeMap } from '../../src/map/StrikeMap.tsx'
import { realDataset } from './real-data.ts'
import { CLINIC_ID, MARKER } from '../../src/domain/dom-contract.ts'

let views: ClinicView[]
// One array for every render, as the app keeps it (Explorer memoises the extent).
let extent: (readonly [number, number])[]
beforeAll(async () => {
  const real: Dataset = await realDataset()
  views = clinicsOn(real.features, STRIKE_DAY)
  extent = views.map((v) => v.feature.geometry.coordinates)
})

function PhoneMap({
  hidden,
  guardScroll,
  selectedId,
}: {
  hidden: boolean
  guardScroll: boolean
  selectedId?: string
}) {
  return (
    <div style={{ width: 294, height: 318, display: hidden ? 'none' : 'block' }}>
      <StrikeMap
        views={views}
        total={views.length}
        extent={extent}
        selectedId={selectedId}
        onSelect={() => {}}
        basemap={undefined}
        tiles={false}
        guardScroll={guardScroll}
      />
    </div>
  )
}

/** How many of the clinics' markers lie inside the map's box. */
function markersInView(): number {
  const map = document.querySelector('.leaflet-container')!.getBoundingClientRect()
  return [...document.querySelectorAll(`.${MARKER}`)].filter((m) => {
    const r = m.getBoundingClientRect()
    const x = r.x + r.width / 2
    const y = r.y + r.height / 2
    return x >= map.left && x <= map.right && y >= map.top && y <= map.bottom
  }).length
}

it('every clinic is still in view when the phone parts came on while the list was showing', async () => {
  const screen = await render(<PhoneMap hidden={false} guardScroll={false} />)
  await expect.poll(() => document.querySelectorAll(`[${CLINIC_ID}]`).length).toBe(views.length)
  expect(markersInView()).toBe(views.length)
  // The reader taps List (the map is hidden); then hydration switches the phone's parts on.
  await screen.rerender(<PhoneMap hidden={true} guardScroll={false} />)
  await screen.rerender(<PhoneMap hidden={true} guardScroll={true} />)
  await new Promise((r) => setTimeout(r, 100))
  // A row of the list is picked: the map shows again, with that clinic selected.
  await screen.rerender(<PhoneMap hidden={false} guardScroll={true} selectedId="west-st-paul" />)
  await new Promise((r) => setTimeout(r, 600))
  expect(markersInView()).toBe(views.length)
})
