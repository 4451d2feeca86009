// One encoding (issue 11, point 3): the legend's symbol, the DOM marker, the canvas marker and
// the static key draw each status exactly as the one description in src/domain/symbols.ts says.
// Each renderer is drawn in Chromium and its painted attributes read back, not its props.
// Before this, the key's faint mark was 0.45 opaque with a 2.5 stroke, the map's 0.75 with 3.
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import '../../src/map/map.css'
import { StaticLegend } from '../../src/app/StaticLegend.tsx'
import { StatusSymbol } from '../../src/controls/StatusSymbol.tsx'
import type { Evidence } from '../../src/domain/vocabulary.ts'
import { clinicsOn } from '../../src/domain/filters.ts'
import { legendOf } from '../../src/domain/legend.ts'
import { boxSize, ENCODING, SHAPE_PATHS, symbolLook } from '../../src/domain/symbols.ts'
import type { Status } from '../../src/domain/timeline.ts'
import { lookOf, paletteOf } from '../../src/map/CanvasMarkers.tsx'
import { clinicIcon } from '../../src/map/marker-icon.ts'
import { clinic } from '../support/clinic.ts'
import { MARKER } from '../../src/domain/dom-contract.ts'

/** Every status with the evidence its clinics have on the map. */
const CASES: [Status, Evidence][] = [
  ['struck', 'confirmed'],
  ['probably_struck', 'inferred'],
  ['closed_for_strike', 'confirmed'],
  ['picketed', 'confirmed'],
  ['closure_announced', 'inferred'],
  ['closed', 'closed_before'],
  ['open', 'confirmed'],
  ['not_known', 'unverified'],
  ['not_known', 'unlikely'],
]

/** What a renderer actually painted: resolved colours, stroke, opacity, ring, box size. */
function painted(svg: SVGSVGElement) {
  const path = svg.querySelector('path.symbol-shape')
  const group = path?.parentElement
  const ring = svg.querySelector('circle.symbol-ring')
  if (!path || !group) throw new Error('symbol without its shape')
  const ps = getComputedStyle(path)
  const rs = ring && getComputedStyle(ring)
  return {
    d: path.getAttribute('d'),
    fill: ps.fill,
    stroke: ps.stroke,
    strokeWidth: parseFloat(ps.strokeWidth),
    opacity: Number(getComputedStyle(group).opacity),
    ring: rs
      ? { stroke: rs.stroke, dash: rs.strokeDasharray, width: parseFloat(rs.strokeWidth) }
      : null,
    width: svg.getBoundingClientRect().width,
  }
}

/** A colour token as the browser resolves it (tokens are light-dark() pairs). */
function resolve(paint: string): string {
  const probe = document.createElement('span')
  probe.style.color = paint
  document.body.append(probe)
  const c = getComputedStyle(probe).color
  probe.remove()
  return c
}

function expected(status: Status, evidence: Evidence, approximate: boolean) {
  const look = symbolLook({ status, evidence, approximate })
  return {
    d: SHAPE_PATHS[look.shape],
    fill: resolve(look.fill),
    stroke: resolve(look.stroke),
    strokeWidth: look.strokeWidth,
    opacity: look.opacity,
    ring: approximate
      ? {
          stroke: resolve(`var(${look.colorVar}, ${look.color})`),
          dash: ENCODING.ring.dash.replace(' ', 'px, ') + 'px',
          width: ENCODING.ring.width,
        }
      : null,
    width: boxSize(look),
  }
}

describe.each([false, true])('one encoding (approximate position: %s)', (approximate) => {
  it.each(CASES)('the legend symbol for %s / %s is the description', async (status, evidence) => {
    const screen = await render(
      <StatusSymbol status={status} evidence={evidence} approximate={approximate} />,
    )
    const svg = screen.container.querySelector('svg')!
    expect(painted(svg)).toEqual(expected(status, evidence, approximate))
  })

  it.each(CASES)('the DOM marker for %s / %s is the description', async (status, evidence) => {
    const icon = clinicIcon(`t-${status}-${evidence}-${approximate}`, {
      status,
      evidence,
      approximate,
      today: false,
      selected: false,
      offset: [0, 0],
      label: 'x',
    })
    const host = document.createElement('div')
    host.className = `${MARKER} ${icon.options.className ?? ''}`
    host.append(icon.options.html as HTMLElement)
    document.body.append(host)
    expect(painted(host.querySelector('svg')!)).toEqual(expected(status, evidence, approximate))
    host.remove()
  })

  it.each(CASES)('the canvas marker for %s / %s is the description', async (status, evidence) => {
    const p = clinic({
      evidence,
      last_seen_open: 2025,
      precision: approximate ? 'city' : 'point',
      coord_year: 2024,
      coord_source_url: 'https://example.org/',
    })
    const view = { feature: p, state: { status, today: false, history: [] } }
    const look = lookOf(view, false, paletteOf(document.body))
    const want = expected(status, evidence, approximate)
    const d = symbolLook({ status, evidence, approximate })
    expect({
      fill: look.fillColor,
      stroke: look.color,
      strokeWidth: look.weight,
      opacity: look.opacity,
      ring: look.approx
        ? { stroke: look.approx.color, dash: look.approx.dash, width: look.approx.width }
        : null,
      shape: look.shape,
    }).toEqual({
      fill: want.fill,
      stroke: want.stroke,
      strokeWidth: want.strokeWidth,
      opacity: want.opacity,
      ring: approximate
        ? { stroke: want.ring?.stroke, dash: ENCODING.ring.dash, width: ENCODING.ring.width }
        : null,
      shape: d.shape,
    })
    expect((look.radius ?? 0) * 2).toBe(d.canvasSize)
    // And the sprite really paints it: the centre pixel is the fill, at the faint opacity.
    const { image, size } = look.sprite
    const canvas = new OffscreenCanvas(image.width, image.height)
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(image, 0, 0)
    const [r, g, b, a] = ctx.getImageData(image.width / 2, image.height / 2, 1, 1).data
    expect(`rgb(${r}, ${g}, ${b})`).toBe(want.fill)
    expect((a ?? 0) / 255).toBeCloseTo(want.opacity, 1)
    expect(size).toBeGreaterThan(0)
  })
})

describe('the static key', () => {
  it("draws each row with its clinics' own mark: Chaska's scheduled closure as a hollow diamond", async () => {
    const chaska = clinic({
      id: 'chaska',
      evidence: 'inferred',
      last_seen_open: 2025,
      struck_on: '2025-11-05',
      closure_announced_on: '2025-10-24',
      closed_on: '2026-02-01',
      closed_basis: 'scheduled',
    })
    const woodbury = clinic({ id: 'woodbury', evidence: 'unverified' })
    const views = clinicsOn([chaska, woodbury], '2026-02-01')
    const screen = await render(<StaticLegend legend={legendOf(views, '2026-02-01')} />)
    const row = screen.container.querySelector('[data-status="closure_announced"]')
    expect(row?.textContent).toMatch(/Was scheduled to close on 1 Feb 2026; not confirmed \(1\)/)
    expect(painted(row!.querySelector('svg')!)).toEqual(
      expected('closure_announced', 'inferred', false),
    )
    const faint = screen.container.querySelector('[data-status="not_known"] svg')
    expect(painted(faint as SVGSVGElement)).toEqual(expected('not_known', 'unverified', false))
  })
})
